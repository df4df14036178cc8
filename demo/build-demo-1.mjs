// Builds demo/demo-1.ndjson: sections, authors, 32 original demo articles
// (nasional, politik, ekonomi, internasional) and hourly view counts.
// All people, quotes and institutions quoted in the articles are fictional.
//
// Usage (from the repository root): node demo/build-demo-1.mjs

import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "demo-1.ndjson");

const sections = [
  { slug: "berita", name: "Berita", parent: null },
  { slug: "nasional", name: "Nasional", parent: "berita" },
  { slug: "politik", name: "Politik", parent: "berita" },
  { slug: "ekonomi", name: "Ekonomi", parent: "berita" },
  { slug: "internasional", name: "Internasional", parent: "berita" },
  { slug: "olahraga", name: "Olahraga", parent: "berita" },
  { slug: "teknologi", name: "Teknologi", parent: "berita" },
  { slug: "sepak-bola", name: "Sepak Bola", parent: "olahraga" },
];

const authors = [
  { slug: "dewi-lestari-anggraini", name: "Dewi Lestari Anggraini" },
  { slug: "bagus-pramono", name: "Bagus Pramono" },
  { slug: "rahmat-hidayat", name: "Rahmat Hidayat" },
  { slug: "sinta-maharani", name: "Sinta Maharani" },
  { slug: "yohanes-kurniawan", name: "Yohanes Kurniawan" },
  { slug: "redaksi", name: "Redaksi" },
];

/**
 * Article source records. `body` is a list of blocks: a string is a paragraph,
 * `{ h2 }` a subheading, `{ quote }` a blockquote and `{ list }` a bullet list.
 * `key` is only used inside this script (for the view records).
 */
const articles = [];

// --- Nasional -------------------------------------------------------------

articles.push(
  {
    key: "guru-honorer-ntt",
    section: "nasional",
    title: "Ribuan Guru Honorer di NTT Masih Menanti Kepastian Pengangkatan",
    kicker: "Pendidikan",
    excerpt:
      "Sekitar 4.200 guru honorer di Nusa Tenggara Timur belum mendapat kepastian status kepegawaian, padahal sebagian telah mengajar lebih dari sepuluh tahun.",
    authors: ["yohanes-kurniawan"],
    publishedAt: "2026-11-06T13:25:00+07:00",
    image: {
      file: "sekolah.jpg",
      caption: "Ilustrasi sekolah dasar di pinggiran kota.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi gedung sekolah beratap merah dengan tiang bendera dan siswa berseragam",
    },
    tags: ["Pendidikan", "NTT"],
    body: [
      "KUPANG, Warta — Sekitar 4.200 guru honorer di Nusa Tenggara Timur (NTT) masih menunggu kepastian pengangkatan menjadi pegawai pemerintah dengan perjanjian kerja. Sebagian dari mereka telah mengajar lebih dari sepuluh tahun dengan honor yang dibayarkan dari dana operasional sekolah.",
      "Maria Goreti Seran (41), guru kelas di sebuah sekolah dasar di Kabupaten Kupang, mengaku sudah tiga kali mengikuti seleksi tanpa hasil. Setiap bulan ia menerima honor Rp 650.000, jumlah yang menurutnya jauh dari cukup untuk membiayai dua anaknya. “Kami tidak minta diistimewakan. Kami hanya ingin ada kepastian, karena setiap tahun jawabannya selalu ‘tunggu formasi’,” katanya saat ditemui, Kamis (5/11/2026).",
      "Data Forum Guru Honorer NTT menunjukkan, kekurangan guru berstatus pegawai paling terasa di sekolah-sekolah di pulau kecil dan daerah pegunungan. Di sejumlah sekolah, guru honorer justru menjadi tulang punggung karena jumlahnya lebih banyak daripada guru tetap.",
      "Ketua forum tersebut, Yakobus Ndun, menilai pemerintah daerah perlu memperbarui data kebutuhan guru secara terbuka. Menurut dia, banyak usulan formasi tidak sesuai dengan kondisi lapangan karena disusun berdasarkan data lama. “Ada sekolah yang tercatat kelebihan guru, padahal di lapangan satu guru mengajar dua kelas sekaligus,” ujarnya.",
      "Kepala bidang ketenagaan dinas pendidikan provinsi, Agustinus Bria, mengatakan pihaknya telah mengirimkan usulan 2.800 formasi untuk tahun anggaran 2027. Ia mengakui jumlah tersebut belum menampung seluruh guru honorer, tetapi menyebut pemerintah provinsi tengah menyiapkan skema prioritas bagi guru dengan masa kerja terpanjang.",
      "“Kami memahami kegelisahan para guru. Verifikasi masa kerja sedang berjalan dan kami targetkan selesai akhir Desember, sehingga urutan prioritas bisa diumumkan secara terbuka,” kata Agustinus.",
      "Sementara itu, pengamat pendidikan dari sebuah universitas negeri di Kupang, Frederika Lake, mengingatkan bahwa persoalan guru honorer tidak hanya soal status. Ia menilai pelatihan dan pendampingan bagi guru di daerah terpencil juga perlu mendapat porsi anggaran yang memadai agar mutu pembelajaran ikut terangkat.",
    ],
  },
  {
    key: "puskesmas-terapung",
    section: "nasional",
    title: "Puskesmas Terapung Mulai Layani Warga Pulau-Pulau Kecil di Maluku Tengah",
    excerpt:
      "Kapal layanan kesehatan berkapasitas 12 tempat tidur dijadwalkan menyinggahi 19 pulau kecil setiap bulan untuk pemeriksaan ibu hamil, imunisasi, dan pengobatan umum.",
    authors: ["sinta-maharani"],
    publishedAt: "2026-11-11T19:16:00+07:00",
    image: {
      file: "pelabuhan.jpg",
      caption: "Ilustrasi kapal bersandar di dermaga.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi kapal dan derek pelabuhan di bawah langit biru",
    },
    tags: ["Kesehatan", "Maluku"],
    body: [
      "MASOHI, Warta — Warga di pulau-pulau kecil di Kabupaten Maluku Tengah kini tak lagi harus menyeberang berjam-jam untuk berobat. Sebuah kapal puskesmas terapung mulai beroperasi pekan ini dan dijadwalkan menyinggahi 19 pulau setiap bulan.",
      "Kapal sepanjang 32 meter itu dilengkapi ruang periksa, ruang bersalin sederhana, laboratorium dasar, dan 12 tempat tidur. Dalam pelayaran perdananya, Selasa (10/11/2026), tim medis melayani 214 pasien di tiga desa, sebagian besar untuk pemeriksaan kehamilan, imunisasi anak, dan keluhan hipertensi.",
      "Kepala puskesmas terapung tersebut, dr. Nadia Latuconsina, mengatakan jadwal pelayaran disusun dengan mempertimbangkan musim ombak. Pada Desember hingga Februari, ketika gelombang tinggi, kapal akan memprioritaskan pulau-pulau yang paling jauh dari fasilitas kesehatan. “Kami ingin tidak ada ibu hamil yang melewatkan pemeriksaan hanya karena tidak ada perahu,” ujarnya.",
      "Bagi warga, kehadiran kapal itu menghemat biaya yang tidak sedikit. Abdul Rahman Tuasikal (56), nelayan di salah satu pulau, mengaku biasanya harus menyewa perahu motor seharga Rp 400.000 pulang-pergi untuk membawa istrinya kontrol gula darah ke kota kecamatan. “Sekarang cukup menunggu kapal datang, obatnya juga bisa diambil sekalian,” katanya.",
      "Pemerintah kabupaten menganggarkan biaya operasional kapal sekitar Rp 3,1 miliar per tahun, termasuk bahan bakar dan insentif tenaga kesehatan. Kepala dinas kesehatan setempat, Ruth Pattinasarany, menyebut angka itu lebih efisien dibandingkan membangun puskesmas permanen di setiap pulau yang penduduknya hanya beberapa ratus jiwa.",
      "Untuk menjalankan layanan, kapal diawaki tim yang terdiri atas seorang dokter umum, dua bidan, tiga perawat, seorang analis laboratorium, dan seorang apoteker. Tim bertugas bergiliran selama dua pekan di laut sebelum digantikan tim berikutnya.",
      "Meski demikian, tenaga kesehatan mengingatkan bahwa layanan bergilir tidak bisa menggantikan penanganan gawat darurat. Karena itu, dinas kesehatan juga menyiapkan dua speedboat ambulans yang bersiaga di pelabuhan Masohi untuk merujuk pasien dalam kondisi kritis.",
      "Dinas kesehatan menargetkan cakupan imunisasi dasar lengkap di pulau-pulau kecil naik dari 68 persen menjadi di atas 90 persen pada akhir 2027. Capaian itu akan dievaluasi setiap tiga bulan berdasarkan data kunjungan kapal.",
    ],
  },
  {
    key: "petani-indramayu",
    section: "nasional",
    title: "Hujan Datang Lebih Awal, Petani Indramayu Percepat Musim Tanam",
    kicker: "Pertanian",
    excerpt:
      "Petani di Indramayu mulai menanam padi dua pekan lebih cepat dari biasanya untuk memanfaatkan hujan, meski khawatir soal ketersediaan pupuk bersubsidi.",
    authors: ["dewi-lestari-anggraini"],
    publishedAt: "2026-11-16T10:02:00+07:00",
    image: {
      file: "sawah.jpg",
      caption: "Ilustrasi hamparan sawah menjelang musim tanam.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi sawah hijau bertingkat dengan petani bercaping dan pegunungan di kejauhan",
    },
    tags: ["Pertanian", "Pangan"],
    body: [
      "INDRAMAYU, Warta — Petani di sejumlah kecamatan di Kabupaten Indramayu, Jawa Barat, mulai menanam padi sekitar dua pekan lebih awal dari jadwal biasanya. Hujan yang turun sejak akhir Oktober membuat saluran irigasi terisi dan lahan tadah hujan siap diolah.",
      "Di sebuah desa di pinggir saluran induk, ratusan petani terlihat menyemai benih dan membajak sawah sejak pagi, Minggu (15/11/2026). Carmadi (52), petani penggarap, mengatakan ia tidak ingin kehilangan momentum. “Kalau telat, nanti panennya pas banjir besar di Februari. Lebih baik tanam sekarang selagi air cukup,” ujarnya.",
      "Kelompok tani setempat mencatat sekitar 60 persen lahan di wilayah mereka telah ditanami. Ketua gabungan kelompok tani, Warsono, menyebut percepatan tanam ini sejalan dengan prakiraan cuaca yang menunjukkan puncak musim hujan akan tiba pada Januari.",
      "Menurut Warsono, sebagian petani juga memilih varietas padi berumur pendek yang bisa dipanen dalam 100 hari. Dengan begitu, mereka berharap panen selesai sebelum curah hujan mencapai puncaknya dan risiko gagal panen akibat genangan bisa ditekan.",
      "Namun, percepatan tanam memunculkan persoalan lain. Sejumlah petani mengaku kesulitan mendapatkan pupuk bersubsidi karena alokasi di kios resmi baru akan ditambah awal Desember. Sebagian terpaksa membeli pupuk nonsubsidi dengan harga hampir tiga kali lipat. “Modal kami jadi membengkak. Satu hektare bisa tambah Rp 1 juta hanya untuk pupuk,” kata Warsono.",
      "Kepala bidang tanaman pangan dinas pertanian kabupaten, Lilis Suryani, mengatakan pihaknya telah meminta distributor mempercepat penyaluran pupuk. Ia menargetkan stok tambahan tiba di kios-kios dalam sepekan. “Kami juga mendata petani yang sudah tanam agar alokasinya tepat sasaran,” ujarnya.",
      "Di tengah kekhawatiran soal pupuk, petani juga mewaspadai serangan hama wereng yang biasanya meningkat saat musim hujan. Penyuluh pertanian setempat mengimbau petani menanam serempak dalam satu hamparan agar siklus hama terputus dan tidak berpindah dari satu petak ke petak lain.",
      "Indramayu merupakan salah satu lumbung padi nasional dengan luas baku sawah lebih dari 110.000 hektare. Keberhasilan musim tanam di daerah ini kerap menjadi penentu pasokan beras di pasar-pasar Jawa Barat dan Jakarta pada awal tahun.",
    ],
  },
  {
    key: "dbd-bandung",
    section: "nasional",
    title: "Kasus Demam Berdarah di Bandung Meningkat, Warga Diminta Berantas Sarang Nyamuk",
    kicker: "Kesehatan",
    excerpt:
      "Dinas kesehatan mencatat 486 kasus demam berdarah dengue sepanjang Oktober hingga pertengahan November, naik hampir dua kali lipat dibandingkan periode yang sama tahun lalu.",
    authors: ["sinta-maharani"],
    publishedAt: "2026-11-18T15:53:00+07:00",
    image: {
      file: "rumah-sakit.jpg",
      caption: "Ilustrasi rumah sakit daerah.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi gedung rumah sakit putih dengan tanda palang hijau dan ambulans",
    },
    tags: ["Kesehatan", "Bandung"],
    body: [
      "BANDUNG, Warta — Kasus demam berdarah dengue (DBD) di Kota Bandung meningkat tajam seiring masuknya musim hujan. Dinas kesehatan kota mencatat 486 kasus sepanjang Oktober hingga pertengahan November 2026, hampir dua kali lipat dibandingkan periode yang sama tahun lalu. Empat pasien, tiga di antaranya anak-anak, meninggal dunia.",
      "Kepala bidang pencegahan dan pengendalian penyakit dinas kesehatan setempat, dr. Asep Kurniadi, mengatakan lonjakan terjadi karena genangan air hujan yang tidak segera dibersihkan menjadi tempat berkembang biak nyamuk. “Pola ini hampir selalu berulang. Dua sampai tiga minggu setelah hujan mulai rutin, kasus naik,” ujarnya, Rabu (18/11/2026).",
      "Kasus terbanyak tercatat di kawasan padat penduduk di bagian timur dan selatan kota. Sejumlah rumah sakit melaporkan ruang perawatan anak hampir penuh. Di salah satu rumah sakit daerah, perawat harus menambah tempat tidur di lorong untuk menampung pasien.",
      "Menurut data dinas kesehatan, kelompok usia 5 hingga 14 tahun menyumbang hampir separuh kasus. Karena itu, sekolah-sekolah diminta ikut memeriksa jentik di lingkungan sekolah, termasuk di kamar mandi dan tempat penampungan air wudu.",
      {
        h2: "Langkah yang dianjurkan",
      },
      "Dinas kesehatan meminta warga kembali menggiatkan gerakan pemberantasan sarang nyamuk setidaknya sepekan sekali. Langkah yang dianjurkan antara lain:",
      {
        list: [
          "menguras dan menutup tempat penampungan air;",
          "menyingkirkan barang bekas yang bisa menampung air hujan;",
          "memeriksa pot tanaman, wadah dispenser, dan talang air yang tersumbat;",
          "segera membawa anggota keluarga yang demam lebih dari dua hari ke fasilitas kesehatan.",
        ],
      },
      "Pengasapan atau fogging, menurut Asep, hanya dilakukan di lokasi dengan kasus terkonfirmasi karena tidak membunuh jentik. “Fogging itu langkah terakhir. Yang paling efektif tetap membersihkan tempat jentik,” katanya.",
      "Ketua RW di Kecamatan Kiaracondong, Ujang Saepudin, mengatakan warganya kini menggelar kerja bakti setiap Minggu pagi dan memeriksa jentik dari rumah ke rumah. “Sejak ada dua anak di lingkungan kami dirawat, warga jadi lebih peduli,” ujarnya.",
    ],
  },
  {
    key: "bus-listrik-bekasi",
    section: "nasional",
    title: "Uji Coba Bus Listrik Rute Bekasi–Sudirman Diperpanjang hingga Akhir Tahun",
    excerpt:
      "Operator memperpanjang uji coba layanan bus listrik antarkota karena jumlah penumpang melampaui perkiraan, rata-rata 3.100 orang per hari.",
    authors: ["dewi-lestari-anggraini"],
    publishedAt: "2026-11-20T13:49:00+07:00",
    image: {
      file: "kota.jpg",
      caption: "Ilustrasi kawasan perkantoran di pusat kota.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi siluet gedung-gedung tinggi dengan jendela menyala saat senja",
    },
    tags: ["Jakarta", "Transportasi", "Energi"],
    body: [
      "JAKARTA, Warta — Uji coba layanan bus listrik rute Bekasi–Sudirman diperpanjang hingga 31 Desember 2026. Perpanjangan diputuskan setelah jumlah penumpang selama dua bulan pertama melampaui perkiraan operator, dengan rata-rata 3.100 penumpang per hari.",
      "Layanan yang menghubungkan terminal di Bekasi Barat dengan kawasan perkantoran Sudirman itu dioperasikan dengan 24 bus listrik berkapasitas 70 penumpang. Bus berangkat setiap 10 menit pada jam sibuk pagi dan sore, dengan tarif uji coba Rp 3.500.",
      "Direktur operasional perusahaan transportasi daerah yang mengelola layanan tersebut, Ferdinand Siregar, mengatakan tingkat keterisian bus pada jam sibuk pagi mencapai 92 persen. “Banyak penumpang yang sebelumnya membawa motor atau mobil pribadi. Itu sinyal bahwa orang mau pindah kalau layanannya tepat waktu,” ujarnya di Jakarta, Jumat (20/11/2026).",
      "Selama perpanjangan, operator akan menguji dua hal: jadwal tambahan mulai pukul 05.00 dan penggunaan lajur khusus di ruas tol dalam kota. Data waktu tempuh dari uji coba itu akan menjadi dasar penentuan tarif dan skema subsidi saat layanan dibuka secara permanen tahun depan.",
      "Dari sisi energi, setiap bus menempuh rata-rata 260 kilometer per hari dan diisi ulang di depo pada malam hari. Operator memperkirakan biaya energi per kilometer sekitar 40 persen lebih rendah dibandingkan bus bermesin diesel, meski harga awal kendaraannya jauh lebih mahal.",
      "Penumpang menyambut baik perpanjangan tersebut. Rina Oktaviani (29), karyawan swasta asal Bekasi, mengaku kini menghemat hampir satu jam perjalanan setiap hari. “Yang perlu ditambah itu bus pengumpan dan tempat parkir motor di dekat terminal,” katanya.",
      "Pengamat transportasi perkotaan, Gilang Mahardika, menilai keberhasilan uji coba perlu diikuti integrasi tarif dengan moda lain, seperti kereta komuter dan bus pengumpan. Tanpa integrasi, kata dia, penumpang tetap terbebani ongkos berlapis setiap kali berganti moda.",
    ],
  },
  {
    key: "sekolah-demak",
    section: "nasional",
    title: "Sekolah di Pesisir Demak Terapkan Kelas Tangguh Bencana",
    kicker: "Pendidikan",
    excerpt:
      "Sebanyak 27 sekolah dasar di pesisir Demak memasukkan latihan evakuasi dan pengenalan risiko banjir rob ke dalam kegiatan belajar rutin.",
    authors: ["yohanes-kurniawan"],
    publishedAt: "2026-11-22T19:07:00+07:00",
    image: {
      file: "sekolah.jpg",
      caption: "Ilustrasi sekolah dasar di wilayah pesisir.",
      credit: "Warta/Tim Grafis",
      alt: "Ilustrasi gedung sekolah dengan halaman rumput dan siswa berseragam merah putih",
    },
    tags: ["Pendidikan", "Banjir"],
    body: [
      "DEMAK, Warta — Sebanyak 27 sekolah dasar di wilayah pesisir Kabupaten Demak, Jawa Tengah, mulai menerapkan kelas tangguh bencana. Melalui program ini, siswa mendapat pelajaran tentang risiko banjir rob, cara membaca tanda bahaya, hingga latihan evakuasi yang digelar rutin setiap bulan.",
      "Program tersebut lahir dari pengalaman sekolah-sekolah di kecamatan pesisir yang hampir setiap tahun terendam air laut pasang. Di beberapa sekolah, lantai ruang kelas bahkan sudah ditinggikan dua kali dalam sepuluh tahun terakhir.",
      "Data pemerintah kabupaten mencatat sedikitnya 40 sekolah di empat kecamatan pesisir terdampak rob dalam lima tahun terakhir. Pada saat rob tinggi, kegiatan belajar di sebagian sekolah terpaksa dipindahkan ke rumah warga atau balai desa.",
      "Kepala sebuah SD negeri di Kecamatan Sayung, Siti Khoiriyah, mengatakan siswa kini hafal jalur evakuasi menuju bangunan dua lantai terdekat. “Dulu kalau air masuk, anak-anak panik dan orang tua berdatangan menjemput. Sekarang mereka tahu harus berkumpul di mana dan siapa yang mendampingi,” ujarnya, Sabtu (21/11/2026).",
      "Materi kelas tangguh bencana disisipkan dalam mata pelajaran yang sudah ada, seperti IPAS dan Pendidikan Pancasila, sehingga tidak menambah jam pelajaran. Guru memperoleh modul dan pelatihan dari relawan kebencanaan serta pemerintah kabupaten.",
      "Dalam latihan evakuasi terakhir, siswa kelas tiga hingga enam diberi peran masing-masing, mulai dari pembawa kotak P3K, penunjuk jalan, hingga pendamping adik kelas. Seluruh siswa di sekolah itu berhasil dipindahkan ke titik kumpul dalam waktu kurang dari tujuh menit.",
      "Koordinator relawan yang mendampingi program itu, Ahmad Fauzan, menyebut pendekatan berbasis sekolah efektif karena pengetahuan anak-anak ikut sampai ke rumah. Ia berharap program diperluas ke jenjang SMP dan madrasah.",
      {
        quote:
          "“Anak-anak yang paham risiko akan membawa pengetahuan itu pulang. Sekarang justru mereka yang mengingatkan orang tuanya untuk menyimpan dokumen penting di tempat tinggi.”",
      },
      "Pemerintah kabupaten berencana menambah 15 sekolah peserta pada semester genap 2027. Selain modul, sekolah peserta akan menerima perlengkapan dasar seperti pengeras suara darurat, pelampung, dan kotak P3K. Sekolah juga diminta menyusun rencana kesiapsiagaan bersama komite sekolah dan pemerintah desa.",
    ],
  },
  {
    key: "banjir-jakarta-timur",
    section: "nasional",
    title: "Banjir Rendam Ratusan Rumah di Jakarta Timur, Warga Mengungsi ke Masjid",
    kicker: "Banjir Jakarta",
    excerpt:
      "Hujan deras semalaman membuat Kali Cipinang meluap dan merendam sekitar 640 rumah di tiga kelurahan dengan ketinggian air hingga 1,2 meter.",
    authors: ["dewi-lestari-anggraini", "redaksi"],
    publishedAt: "2026-11-24T06:15:00+07:00",
    image: {
      file: "banjir.jpg",
      caption: "Ilustrasi evakuasi warga dengan perahu saat banjir.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi rumah-rumah terendam banjir di bawah hujan dengan perahu evakuasi berwarna oranye",
    },
    tags: ["Banjir", "Jakarta"],
    body: [
      "JAKARTA, Warta — Hujan deras yang mengguyur Jakarta dan wilayah penyangga sejak Senin (23/11/2026) malam membuat Kali Cipinang meluap. Hingga Selasa pagi, air merendam sekitar 640 rumah di tiga kelurahan di Jakarta Timur dengan ketinggian bervariasi antara 40 sentimeter hingga 1,2 meter.",
      "Petugas gabungan dari badan penanggulangan bencana daerah, pemadam kebakaran, dan relawan mengevakuasi warga menggunakan perahu karet sejak dini hari. Sebagian besar warga yang dievakuasi adalah lansia, ibu hamil, dan anak-anak. Mereka ditampung di masjid, sekolah, dan aula kelurahan terdekat.",
      "Lurah salah satu kelurahan terdampak, Hasanudin, mengatakan air mulai masuk ke permukiman sekitar pukul 02.00 WIB dan naik dengan cepat. “Dalam satu jam air sudah sepinggang orang dewasa. Kami langsung umumkan lewat pengeras suara masjid supaya warga naik ke lantai dua atau keluar,” ujarnya.",
      "Hingga pukul 06.00 WIB, tercatat 1.150 warga mengungsi. Dapur umum didirikan di halaman masjid dan posko kesehatan mulai melayani warga yang mengeluh gatal-gatal serta demam. Tidak ada laporan korban jiwa.",
      "Siti Aminah (63), warga yang mengungsi bersama dua cucunya, mengaku tidak sempat menyelamatkan barang-barang. “Kulkas, kasur, semua terendam. Yang penting cucu-cucu selamat dulu,” katanya sambil menunggu pembagian sarapan.",
      "Relawan di posko pengungsian menyebut kebutuhan yang paling mendesak saat ini adalah popok bayi, selimut, air bersih, dan obat-obatan ringan. Warga yang ingin menyalurkan bantuan diminta berkoordinasi dengan posko kelurahan agar distribusi merata.",
      "Kepala pelaksana badan penanggulangan bencana setempat, Yudi Prasetyo, mengimbau warga di bantaran sungai tetap waspada karena hujan dengan intensitas sedang hingga lebat diperkirakan masih turun hingga akhir pekan. Pompa bergerak telah dikerahkan ke titik-titik terendah untuk mempercepat surutnya genangan.",
      "Berdasarkan pantauan petugas, tinggi muka air di pos pantau hulu sempat berstatus siaga pada dini hari sebelum berangsur turun menjelang pagi. Petugas memperkirakan genangan di permukiman baru akan surut sepenuhnya dalam 12 hingga 24 jam jika hujan tidak kembali turun dengan intensitas tinggi.",
      "Sejumlah ruas jalan di sekitar lokasi banjir juga sempat ditutup karena genangan setinggi lutut. Pengendara diimbau mencari jalur alternatif hingga air surut.",
    ],
  },
  {
    key: "rob-jakarta-utara",
    section: "nasional",
    title: "Rob Kian Sering, Warga Pesisir Jakarta Utara Tinggikan Rumah dengan Biaya Sendiri",
    excerpt:
      "Warga permukiman pesisir Jakarta Utara merogoh tabungan untuk meninggikan lantai rumah karena banjir rob kini datang hampir setiap bulan.",
    authors: ["dewi-lestari-anggraini"],
    publishedAt: "2026-11-25T06:48:00+07:00",
    image: {
      file: "pelabuhan.jpg",
      caption: "Ilustrasi kawasan pesisir dan pelabuhan di utara Jakarta.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi kapal kontainer di perairan dekat dermaga dengan derek merah",
    },
    tags: ["Banjir", "Jakarta", "Lingkungan"],
    body: [
      "JAKARTA, Warta — Banjir rob yang datang kian sering membuat warga di permukiman pesisir Jakarta Utara berlomba meninggikan lantai rumah. Biaya renovasi ditanggung sendiri, sementara air laut pasang kini masuk hampir setiap bulan, bukan lagi hanya pada puncak musim hujan.",
      "Di sebuah gang sempit di Kelurahan Penjaringan, deretan rumah tampak memiliki ketinggian lantai yang berbeda-beda. Sebagian pintu rumah bahkan hanya setinggi dada orang dewasa karena lantainya sudah ditinggikan berkali-kali. “Sudah tiga kali saya urug. Terakhir habis hampir Rp 25 juta, uang tabungan untuk sekolah anak,” kata Sukarta (58), nelayan yang tinggal di kawasan itu sejak 1990-an.",
      "Warga menyebut air rob pada Selasa (24/11/2026) malam mencapai 50 sentimeter di beberapa titik dan baru surut menjelang subuh. Genangan membuat sebagian warga tidak berangkat melaut karena harus menjaga barang-barang di rumah.",
      "Peneliti kebijakan pesisir dari sebuah lembaga kajian lingkungan di Jakarta, Anindya Puspitasari, mengatakan meninggikan rumah secara swadaya hanya solusi jangka pendek. Menurut dia, penurunan muka tanah akibat pengambilan air tanah berlebihan membuat kawasan pesisir terus turun beberapa sentimeter per tahun.",
      "“Kalau sumber masalahnya tidak ditangani, warga akan terus mengejar air. Rumah yang tidak sanggup ditinggikan akhirnya ditinggalkan,” ujarnya. Ia mendorong pemerintah mempercepat perluasan jaringan air perpipaan agar rumah tangga dan industri berhenti menyedot air tanah.",
      "Menurut catatan lembaganya, sebagian besar rumah tangga di kawasan itu masih bergantung pada sumur bor karena jaringan air perpipaan belum menjangkau gang-gang sempit. Warga yang sudah tersambung pun kerap mengeluhkan air yang hanya mengalir pada malam hari.",
      "Pemerintah kota menyatakan tengah memperbaiki sejumlah segmen tanggul pantai yang retak dan menambah kapasitas pompa di rumah pompa terdekat. Seorang pejabat di kantor wali kota yang enggan disebut namanya mengatakan perbaikan ditargetkan selesai sebelum puncak pasang pada pertengahan Desember.",
      "Bagi warga seperti Sukarta, janji itu sudah sering didengar. “Kami cuma mau air laut berhenti masuk rumah. Itu saja,” katanya.",
    ],
  },
);

// --- Politik --------------------------------------------------------------

articles.push(
  {
    key: "lembaga-pengawas-data",
    section: "politik",
    title: "Koalisi Masyarakat Sipil Desak Pembentukan Lembaga Pengawas Data Pribadi Dipercepat",
    kicker: "Data Pribadi",
    excerpt:
      "Koalisi menilai tanpa lembaga pengawas yang independen, aturan perlindungan data pribadi belum bisa ditegakkan, sementara dugaan kebocoran data terus terjadi.",
    authors: ["bagus-pramono"],
    publishedAt: "2026-11-08T09:38:00+07:00",
    image: {
      file: "laptop.jpg",
      caption: "Ilustrasi perangkat kerja dan layanan digital.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi laptop di atas meja kayu dengan cangkir merah dan tanaman hias",
    },
    tags: ["Data Pribadi", "DPR"],
    body: [
      "JAKARTA, Warta — Koalisi masyarakat sipil untuk perlindungan data pribadi mendesak pemerintah dan DPR mempercepat pembentukan lembaga pengawas data pribadi. Mereka menilai tanpa lembaga yang independen, aturan perlindungan data pribadi yang sudah berlaku belum bisa ditegakkan secara efektif.",
      "Desakan itu disampaikan dalam diskusi publik di Jakarta, Sabtu (7/11/2026), menyusul rangkaian dugaan kebocoran data yang menimpa sejumlah layanan daring dalam beberapa bulan terakhir. Koalisi mencatat sedikitnya sembilan insiden sepanjang tahun ini, dengan total data yang diduga bocor mencapai puluhan juta baris.",
      "Juru bicara koalisi, Maharani Putri Utami, mengatakan masyarakat yang datanya bocor hingga kini tidak tahu harus mengadu ke mana. “Korban kebocoran data bertanya, siapa yang memeriksa, siapa yang menjatuhkan sanksi? Selama lembaga pengawasnya belum ada, pertanyaan itu tidak punya jawaban,” ujarnya.",
      "Koalisi juga meminta lembaga tersebut tidak ditempatkan di bawah kementerian mana pun. Alasannya, instansi pemerintah juga merupakan pengendali data dalam jumlah besar sehingga berpotensi menimbulkan konflik kepentingan ketika terjadi kebocoran di lembaga negara.",
      "Selain independensi, koalisi menyoroti pentingnya mekanisme pengaduan yang mudah diakses. Mereka mengusulkan agar warga dapat melapor secara daring dan memperoleh nomor pengaduan yang bisa dilacak, serta agar pengendali data diwajibkan memberi tahu korban dalam waktu tertentu setelah kebocoran terdeteksi.",
      "Anggota Komisi I DPR dari fraksi oposisi, Teguh Santoso, mengatakan pihaknya akan mengagendakan rapat dengar pendapat khusus untuk menagih kemajuan pembentukan lembaga itu. “Undang-undangnya sudah jelas memberi tenggat. Kami akan minta pemerintah menjelaskan apa yang menghambat,” katanya.",
      "Pakar hukum siber dari sebuah universitas swasta di Yogyakarta, Reza Firmansyah, menilai kewenangan lembaga pengawas perlu dirumuskan secara tegas, termasuk kewenangan melakukan audit dan menjatuhkan denda administratif. “Lembaga yang hanya bisa memberi rekomendasi tidak akan membuat pengendali data jera,” ujarnya.",
      "Reza menambahkan, lembaga pengawas juga membutuhkan sumber daya manusia yang memahami teknologi. Tanpa auditor dan penyidik yang cakap, kata dia, pemeriksaan atas insiden kebocoran akan selalu bergantung pada pengakuan pihak yang diperiksa.",
      "Hingga berita ini diturunkan, pemerintah belum memberikan tanggapan resmi atas desakan koalisi.",
    ],
  },
  {
    key: "tunjangan-dprd-jateng",
    section: "politik",
    title: "Dikritik Publik, DPRD Jawa Tengah Tunda Kenaikan Tunjangan Perumahan Anggota",
    excerpt:
      "Badan anggaran memutuskan menunda usulan kenaikan tunjangan perumahan anggota dewan setelah gelombang kritik dari warga dan mahasiswa.",
    authors: ["bagus-pramono", "yohanes-kurniawan"],
    publishedAt: "2026-11-12T11:09:00+07:00",
    image: {
      file: "sidang.jpg",
      caption: "Ilustrasi gedung parlemen.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi gedung berpilar dengan kubah hijau kebiruan dan tangga di depannya",
    },
    tags: ["Anggaran", "DPRD"],
    body: [
      "SEMARANG, Warta — Badan anggaran DPRD Jawa Tengah memutuskan menunda pembahasan usulan kenaikan tunjangan perumahan bagi anggota dewan. Keputusan diambil dalam rapat tertutup, Rabu (11/11/2026) malam, setelah usulan itu menuai kritik luas dari masyarakat dan kelompok mahasiswa.",
      "Dalam rancangan awal anggaran 2027, tunjangan perumahan anggota dewan diusulkan naik sekitar 35 persen. Usulan itu muncul di tengah rencana pemangkasan sejumlah program bantuan sosial dan perbaikan jalan provinsi karena pendapatan daerah diperkirakan tidak tumbuh signifikan.",
      "Wakil ketua badan anggaran, Sri Handayani, mengatakan penundaan diambil untuk menjaga kepercayaan publik. “Kami mendengar suara masyarakat. Prioritas anggaran tahun depan adalah layanan dasar dan infrastruktur yang rusak,” ujarnya saat dikonfirmasi, Kamis (12/11/2026).",
      "Sebelumnya, puluhan mahasiswa dari berbagai kampus di Semarang menggelar aksi di depan gedung dewan. Mereka membentangkan spanduk yang membandingkan besaran tunjangan dengan upah minimum di sejumlah kabupaten. Aksi berlangsung damai dan perwakilan mahasiswa sempat diterima oleh pimpinan komisi.",
      "Koordinator aksi, Fajar Nugroho, mengatakan mahasiswa akan terus memantau pembahasan anggaran hingga disahkan. “Kami tidak anti-DPRD. Kami hanya ingin uang rakyat dipakai untuk hal yang paling dibutuhkan rakyat, seperti jalan desa dan sekolah yang rusak,” ujarnya.",
      "Tidak semua fraksi sepakat dengan istilah penundaan. Dua fraksi meminta usulan itu dicoret sepenuhnya dari rancangan anggaran. “Kalau hanya ditunda, bisa saja muncul lagi di perubahan anggaran pertengahan tahun. Kami minta dibatalkan,” kata anggota badan anggaran, Bambang Wiratmoko.",
      "Peneliti tata kelola anggaran dari sebuah lembaga pemantau di Semarang, Ayu Wulandari, menilai polemik ini menunjukkan pentingnya keterbukaan dokumen anggaran sejak tahap awal. “Publik baru tahu setelah dokumennya beredar. Seharusnya rancangan seperti ini bisa diakses dan dibahas terbuka sejak awal,” ujarnya.",
      "Berdasarkan catatan lembaganya, dokumen rancangan anggaran di tingkat provinsi umumnya baru dipublikasikan setelah disahkan. Padahal, menurut Ayu, tahap pembahasan adalah saat ketika masukan warga paling mungkin diakomodasi.",
      "Pembahasan rancangan anggaran 2027 dijadwalkan rampung pada akhir November sebelum disahkan dalam rapat paripurna.",
    ],
  },
  {
    key: "survei-pemilih-muda",
    section: "politik",
    title: "Survei: Mayoritas Pemilih Muda Ingin Debat Kandidat Digelar di Kampus",
    kicker: "Survei",
    excerpt:
      "Survei terhadap 1.600 responden berusia 17–30 tahun menunjukkan 68 persen ingin debat kandidat digelar di kampus dan disiarkan langsung di media sosial.",
    authors: ["bagus-pramono"],
    publishedAt: "2026-11-16T20:41:00+07:00",
    image: {
      file: "laptop.jpg",
      caption: "Ilustrasi siaran daring.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi layar laptop menampilkan tata letak situs web berwarna biru",
    },
    tags: ["Pemilu", "Anak Muda"],
    body: [
      "JAKARTA, Warta — Mayoritas pemilih muda menginginkan debat kandidat dalam pemilihan mendatang digelar di lingkungan kampus dan disiarkan secara langsung di media sosial. Temuan itu merupakan hasil survei Lembaga Kajian Opini Publik Cakra yang dirilis di Jakarta, Senin (16/11/2026).",
      "Survei dilakukan terhadap 1.600 responden berusia 17 hingga 30 tahun di 38 provinsi pada 12–26 Oktober 2026 melalui wawancara tatap muka. Dengan metode pengambilan sampel acak bertingkat, survei memiliki margin kesalahan sekitar 2,5 persen pada tingkat kepercayaan 95 persen.",
      "Hasilnya, 68 persen responden menyatakan ingin debat digelar di kampus, sementara 21 persen memilih studio televisi dan sisanya tidak menjawab. Sebanyak 74 persen responden mengaku lebih sering mengikuti informasi politik melalui video pendek di media sosial dibandingkan siaran televisi.",
      "Direktur eksekutif lembaga tersebut, Dimas Arya Nugraha, mengatakan pemilih muda menginginkan format debat yang lebih interaktif. “Mereka ingin bisa bertanya langsung dan melihat kandidat menjawab tanpa naskah. Kampus dianggap ruang yang paling memungkinkan itu,” ujarnya.",
      "Survei juga menemukan isu yang paling dianggap penting oleh pemilih muda adalah lapangan kerja (39 persen), biaya pendidikan (22 persen), dan harga kebutuhan pokok (17 persen). Isu lingkungan berada di posisi keempat dengan 9 persen.",
      "Dari sisi partisipasi, 81 persen responden menyatakan pasti atau kemungkinan besar akan menggunakan hak pilih. Namun, hanya 27 persen yang mengaku pernah mengikuti debat kandidat secara utuh dalam pemilihan sebelumnya. Sebagian besar hanya menonton potongan video yang beredar setelah debat berlangsung.",
      "Pengajar ilmu politik di sebuah universitas negeri di Bandung, Nurul Hikmah, mengingatkan bahwa debat di kampus perlu aturan yang jelas agar tidak menjadi ajang kampanye terselubung. “Kampus harus netral. Semua kandidat mendapat waktu dan kesempatan yang sama, dan panitianya independen,” katanya.",
      "Nurul juga menyarankan agar pertanyaan dalam debat dikumpulkan dari mahasiswa dan masyarakat sekitar kampus, lalu diseleksi oleh panel independen. Dengan cara itu, menurut dia, debat tidak hanya menjadi tontonan, tetapi juga ruang untuk menguji program kandidat.",
      "Penyelenggara pemilu menyatakan akan mempelajari hasil survei tersebut sebagai masukan dalam penyusunan aturan teknis debat untuk pemilihan berikutnya.",
    ],
  },
  {
    key: "ambang-batas-pilkada",
    section: "politik",
    title: "Revisi Aturan Ambang Batas Pencalonan Kepala Daerah Picu Perdebatan di DPR",
    excerpt:
      "Fraksi-fraksi di DPR terbelah soal usulan menyeragamkan ambang batas pencalonan kepala daerah dari jalur partai politik.",
    authors: ["bagus-pramono"],
    publishedAt: "2026-11-19T09:14:00+07:00",
    image: {
      file: "sidang.jpg",
      caption: "Ilustrasi gedung parlemen.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi gedung parlemen berpilar putih dengan kubah di bawah langit cerah",
    },
    tags: ["Pilkada", "DPR"],
    body: [
      "JAKARTA, Warta — Usulan revisi aturan ambang batas pencalonan kepala daerah memicu perdebatan di DPR. Dalam rapat panitia kerja, Rabu (18/11/2026), fraksi-fraksi terbelah antara yang ingin menyederhanakan syarat agar calon lebih beragam dan yang khawatir perubahan itu justru memicu fragmentasi.",
      "Draf revisi yang dibahas mengusulkan syarat tunggal sebesar 7,5 persen suara sah pada pemilu legislatif daerah sebelumnya untuk seluruh daerah, menggantikan skema berjenjang berdasarkan jumlah penduduk. Pengusul menilai skema berjenjang terlalu rumit dan masih membuka peluang munculnya calon tunggal.",
      "Ketua panitia kerja, Arif Rachman, mengatakan tujuan revisi adalah menyederhanakan aturan sekaligus mencegah munculnya calon tunggal. “Dalam beberapa pemilihan terakhir, masih ada daerah yang hanya punya satu pasangan calon. Itu tidak sehat bagi demokrasi lokal,” ujarnya.",
      "Namun, sejumlah anggota panitia kerja dari fraksi lain menilai angka tunggal tidak adil bagi daerah dengan jumlah penduduk besar. Anggota panitia kerja, Lestari Wahyuningsih, meminta pemerintah menyertakan simulasi dampak di setiap provinsi sebelum angka itu disepakati. “Kami tidak mau memutuskan berdasarkan perkiraan. Harus ada data berapa pasangan calon yang mungkin muncul di tiap daerah,” katanya.",
      "Perwakilan pemerintah dalam rapat itu menyatakan siap menyerahkan simulasi dalam dua pekan. Panitia kerja kemudian menunda pembahasan pasal ambang batas dan melanjutkan pembahasan pasal lain, termasuk soal sengketa hasil dan penggunaan teknologi dalam rekapitulasi suara.",
      "Dalam rapat yang sama, sejumlah anggota juga menyinggung usulan agar calon perseorangan mendapat syarat dukungan yang lebih ringan. Usulan itu dinilai dapat membuka kompetisi di daerah yang partai-partainya cenderung membentuk koalisi besar di belakang satu pasangan calon.",
      "Peneliti pemilu dari sebuah lembaga pemantau demokrasi, Sarah Manurung, menilai perdebatan ini seharusnya dibuka seluas-luasnya kepada publik. “Ambang batas menentukan siapa yang bisa dipilih rakyat. Jangan sampai diputuskan tergesa-gesa menjelang akhir masa sidang,” ujarnya.",
      "DPR menargetkan revisi undang-undang tersebut rampung sebelum masa reses pertengahan Desember.",
    ],
  },
  {
    key: "dana-hibah-daerah",
    section: "politik",
    title: "Pemantau Anggaran Temukan Lonjakan Dana Hibah di 14 Kabupaten dan Kota",
    kicker: "Anggaran Daerah",
    excerpt:
      "Dalam rancangan anggaran 2027, dana hibah di 14 daerah naik lebih dari 50 persen, sebagian besar untuk organisasi yang rekam jejaknya sulit ditelusuri.",
    authors: ["bagus-pramono", "redaksi"],
    publishedAt: "2026-11-21T10:22:00+07:00",
    image: {
      file: "sidang.jpg",
      caption: "Ilustrasi gedung pemerintahan.",
      credit: "Warta/Tim Grafis",
      alt: "Ilustrasi gedung pemerintahan berpilar dengan pepohonan di kiri dan kanan",
    },
    tags: ["Anggaran", "Transparansi"],
    body: [
      "JAKARTA, Warta — Sebuah lembaga pemantau anggaran menemukan lonjakan alokasi dana hibah dalam rancangan anggaran 2027 di 14 kabupaten dan kota. Di sebagian daerah, kenaikannya lebih dari 50 persen dibandingkan tahun berjalan, sementara belanja untuk layanan dasar justru stagnan.",
      "Temuan itu dipaparkan Forum Pemantau Anggaran Daerah dalam diskusi daring, Jumat (20/11/2026). Lembaga tersebut menganalisis dokumen rancangan anggaran yang dipublikasikan di situs resmi 60 pemerintah daerah di Jawa, Sumatera, dan Sulawesi.",
      "Dari 60 daerah yang dianalisis, total alokasi hibah dalam rancangan anggaran 2027 mencapai sekitar Rp 4,8 triliun. Angka itu naik 22 persen dibandingkan tahun berjalan, jauh di atas kenaikan rata-rata belanja daerah yang hanya sekitar 6 persen.",
      "Koordinator riset forum tersebut, Yusuf Habibi, mengatakan sebagian besar dana hibah dialokasikan untuk organisasi kemasyarakatan dan kelompok yang rekam jejaknya sulit ditelusuri. “Kami tidak mengatakan semuanya bermasalah. Tetapi ketika daftar penerimanya tidak dibuka, publik wajar curiga,” ujarnya.",
      "Forum itu mencatat beberapa pola yang perlu diwaspadai:",
      {
        list: [
          "penerima hibah yang sama muncul berulang kali dengan nama berbeda;",
          "organisasi penerima yang baru berdiri kurang dari setahun;",
          "hibah yang diusulkan tanpa proposal kegiatan yang dapat diakses publik.",
        ],
      },
      "Menurut Yusuf, dana hibah kerap menjadi sorotan karena mudah digunakan untuk membangun jaringan dukungan politik, terutama oleh kepala daerah yang berencana maju kembali. Karena itu, ia meminta pemerintah daerah mempublikasikan nama penerima, nilai hibah, dan laporan pertanggungjawabannya.",
      "Kepala badan keuangan di salah satu kabupaten yang disebut dalam laporan, Hendrik Saputra, membantah ada motif politik. Ia mengatakan kenaikan hibah antara lain untuk rehabilitasi rumah ibadah dan bantuan operasional sekolah swasta. “Semua penerima wajib menyerahkan laporan, dan kami siap diaudit,” katanya saat dihubungi.",
      "Anggota DPRD di salah satu kabupaten yang disebut dalam laporan, Rosmawati, mengatakan pihaknya akan meminta penjelasan rinci dari pemerintah daerah dalam rapat badan anggaran. “Kalau memang untuk rumah ibadah dan sekolah, tunjukkan daftarnya. Tidak ada alasan untuk menutupinya,” katanya.",
      "Forum berencana menyerahkan laporan lengkap kepada DPRD di daerah masing-masing dan aparat pengawas internal pemerintah pekan depan.",
    ],
  },
  {
    key: "serapan-belanja-daerah",
    section: "politik",
    title: "Serapan Belanja Daerah Rendah, DPR Minta Transfer ke Daerah Dievaluasi",
    excerpt:
      "Dana pemerintah daerah yang mengendap di bank mencapai sekitar Rp 210 triliun menjelang akhir tahun, memicu sorotan dalam rapat kerja Badan Anggaran DPR.",
    authors: ["bagus-pramono", "rahmat-hidayat"],
    publishedAt: "2026-11-23T07:19:00+07:00",
    image: {
      file: "sidang.jpg",
      caption: "Ilustrasi kompleks parlemen.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi bangunan parlemen dengan deretan pilar dan kubah",
    },
    tags: ["APBN", "Anggaran", "DPR"],
    body: [
      "JAKARTA, Warta — Rendahnya serapan belanja pemerintah daerah menjadi sorotan dalam rapat kerja Badan Anggaran DPR dengan pemerintah, Senin (23/11/2026). Anggota dewan meminta skema transfer ke daerah dalam APBN dievaluasi karena dana yang telah disalurkan justru banyak mengendap di perbankan.",
      "Berdasarkan data yang dipaparkan dalam rapat, dana pemerintah daerah yang tersimpan di bank hingga akhir Oktober mencapai sekitar Rp 210 triliun. Jumlah itu meningkat dibandingkan posisi yang sama tahun lalu, sementara realisasi belanja modal daerah baru sekitar 48 persen dari pagu.",
      "Anggota Badan Anggaran, Wahyu Setiadi, mempertanyakan efektivitas penyaluran dana yang tidak diikuti kemampuan daerah membelanjakannya. “Uang negara sudah ditransfer, tapi jalan rusak tidak diperbaiki dan puskesmas tidak dibangun. Dananya malah jadi deposito,” ujarnya.",
      "Perwakilan pemerintah dalam rapat itu menjelaskan bahwa keterlambatan serapan antara lain disebabkan proses lelang yang baru dimulai pada pertengahan tahun dan perubahan struktur organisasi di sejumlah daerah. Pemerintah, katanya, tengah menyiapkan mekanisme penyaluran berbasis kinerja: sebagian dana baru dicairkan setelah daerah menunjukkan kemajuan fisik proyek.",
      "Usulan itu mendapat tanggapan beragam. Sebagian anggota mendukung karena dinilai mendorong disiplin, tetapi ada pula yang khawatir daerah dengan kapasitas fiskal rendah justru makin tertinggal. “Daerah miskin biasanya kekurangan tenaga perencana. Kalau pencairan dipersulit, mereka yang paling dirugikan,” kata anggota Badan Anggaran lainnya, Margaretha Simanjuntak.",
      "Ekonom kebijakan publik, Bayu Aditama, menilai pemerintah pusat juga perlu memperbaiki ketepatan waktu penyaluran. Menurut dia, dana yang baru cair pada kuartal keempat membuat daerah sulit menyelesaikan proyek sebelum tutup tahun anggaran.",
      "Bayu menambahkan, kapasitas perencanaan di daerah perlu diperkuat melalui pendampingan teknis, bukan hanya sanksi. Ia mencontohkan banyak proyek yang tertunda karena dokumen perencanaan tidak lengkap sehingga harus diulang sebelum lelang dapat dimulai.",
      "Rapat menyepakati pemerintah akan menyerahkan peta serapan anggaran per daerah sebelum pembahasan lanjutan pada awal Desember.",
    ],
  },
  {
    key: "pansus-data-pemilih",
    section: "politik",
    title: "Panitia Khusus DPR Mulai Bahas RUU Pengelolaan Data Pemilih",
    kicker: "Pemilu",
    excerpt:
      "RUU tersebut mengatur pemutakhiran data pemilih secara berkelanjutan dan kewajiban pengamanan data, menyusul keluhan soal pemilih ganda dan kebocoran data.",
    authors: ["bagus-pramono"],
    publishedAt: "2026-11-24T09:52:00+07:00",
    image: {
      file: "sidang.jpg",
      caption: "Ilustrasi gedung parlemen.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi gedung parlemen berpilar dengan kubah di bawah langit biru muda",
    },
    tags: ["Pemilu", "DPR", "Data Pribadi"],
    body: [
      "JAKARTA, Warta — Panitia khusus DPR mulai membahas Rancangan Undang-Undang tentang Pengelolaan Data Pemilih dalam rapat perdana, Senin (23/11/2026). RUU ini dimaksudkan untuk memperbaiki akurasi daftar pemilih sekaligus memperketat perlindungan data pribadi warga yang dikelola penyelenggara pemilu.",
      "Ketua panitia khusus, Rudi Hartawan, mengatakan persoalan daftar pemilih selalu muncul dalam setiap pemilu, mulai dari pemilih ganda, pemilih yang sudah meninggal tetapi masih tercatat, hingga warga yang tidak terdaftar. “Kita ingin masalah itu diselesaikan jauh sebelum tahapan pemilu dimulai, bukan diperbaiki sambil jalan,” ujarnya.",
      "Draf RUU mengatur pemutakhiran data pemilih secara berkelanjutan setiap enam bulan, dengan memadukan data kependudukan dan data kematian dari pemerintah daerah. Warga juga diberi hak untuk memeriksa dan mengoreksi data dirinya secara daring.",
      "Di sisi lain, draf tersebut memuat kewajiban pengamanan data, termasuk pembatasan salinan daftar pemilih yang diberikan kepada partai politik. Selama ini, salinan daftar pemilih berisi nomor induk kependudukan yang sebagian disamarkan diserahkan kepada peserta pemilu dan dinilai rawan disalahgunakan.",
      "Draf itu juga mewajibkan penyelenggara pemilu melakukan audit keamanan sistem informasi daftar pemilih secara berkala oleh pihak independen. Hasil audit dilaporkan kepada DPR dan ringkasannya diumumkan kepada publik.",
      "Anggota panitia khusus, Fitriani Lubis, meminta agar sanksi bagi pihak yang membocorkan data pemilih dirumuskan tegas. “Data pemilih itu data ratusan juta warga. Kebocorannya bisa dipakai untuk penipuan, bahkan untuk memanipulasi pemilih,” katanya.",
      "Pegiat pemilu dari sebuah perkumpulan pemantau, Galih Prasetya, menyambut baik pembahasan RUU ini, tetapi mengingatkan agar hak warga untuk memastikan dirinya terdaftar tidak dipersulit. Menurut dia, pemutakhiran berbasis data kependudukan berisiko mencoret pemilih di daerah terpencil yang datanya belum diperbarui.",
      "Galih mencontohkan warga di wilayah pedalaman yang belum memiliki kartu identitas elektronik atau pindah domisili tanpa melapor. “Jangan sampai warga kehilangan hak pilih hanya karena administrasinya belum rapi. Harus tetap ada jalur pendaftaran langsung di lapangan,” ujarnya.",
      "Panitia khusus menjadwalkan rapat dengar pendapat umum dengan akademisi dan organisasi masyarakat sipil pada awal Desember.",
    ],
  },
  {
    key: "rekapitulasi-elektronik",
    section: "politik",
    title: "Penyelenggara Pemilu Uji Coba Rekapitulasi Suara Elektronik di Lima Provinsi",
    excerpt:
      "Simulasi melibatkan 1.200 TPS tiruan untuk menguji kecepatan dan keamanan pengiriman hasil penghitungan suara dari TPS hingga tingkat kabupaten.",
    authors: ["redaksi"],
    publishedAt: "2026-11-25T08:30:00+07:00",
    image: {
      file: "laptop.jpg",
      caption: "Ilustrasi sistem informasi rekapitulasi suara.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi laptop menampilkan dasbor berwarna di atas meja kerja",
    },
    tags: ["Pemilu", "Teknologi"],
    body: [
      "JAKARTA, Warta — Penyelenggara pemilu akan menggelar uji coba rekapitulasi suara elektronik di lima provinsi mulai pekan depan. Simulasi ini melibatkan 1.200 tempat pemungutan suara (TPS) tiruan dan ditujukan untuk menguji kecepatan serta keamanan pengiriman hasil penghitungan suara.",
      "Lima provinsi yang dipilih mewakili kondisi geografis berbeda, yakni DKI Jakarta, Jawa Timur, Kalimantan Barat, Nusa Tenggara Timur, dan Papua Pegunungan. Pemilihan itu dimaksudkan agar sistem diuji di wilayah dengan jaringan internet yang baik maupun yang masih terbatas.",
      "Anggota penyelenggara pemilu yang membidangi teknologi informasi, Rizky Ananda, mengatakan dalam simulasi, petugas TPS akan memotret formulir hasil penghitungan dan mengirimkan data melalui aplikasi yang dapat bekerja tanpa sambungan internet. Data baru dikirim ketika perangkat menemukan sinyal. “Formulir kertas tetap menjadi dasar hukum. Sistem elektronik ini alat bantu agar rekapitulasi berjenjang lebih cepat dan bisa dicocokkan,” ujarnya di Jakarta, Selasa (24/11/2026).",
      "Menurut dia, uji coba juga akan menguji skenario gangguan, seperti perangkat hilang, listrik padam, dan upaya peretasan. Tim keamanan siber independen dilibatkan untuk mencoba membobol sistem selama simulasi berlangsung.",
      "Selama simulasi, petugas di setiap TPS tiruan akan menerima pelatihan singkat selama dua hari. Materi pelatihan mencakup cara memotret formulir agar angka terbaca jelas, memeriksa kecocokan data sebelum dikirim, dan melaporkan gangguan melalui kanal khusus. Penyelenggara juga menyiapkan pusat bantuan yang beroperasi 24 jam selama uji coba berlangsung.",
      "Pengalaman pemilu sebelumnya menunjukkan sistem informasi rekapitulasi kerap dipersoalkan karena kesalahan pembacaan angka. Pegiat pemantau pemilu, Wulan Sari Dewi, mengingatkan agar transparansi diutamakan. “Setiap angka yang masuk harus bisa dicek publik bersama foto formulirnya. Kalau ada koreksi, jejaknya juga harus terbuka,” katanya.",
      "Ia juga meminta penyelenggara membuka hasil audit keamanan sistem kepada publik, setidaknya dalam bentuk ringkasan. Menurut dia, kepercayaan pemilih terhadap teknologi pemilu hanya bisa tumbuh jika proses pengujiannya dapat diawasi oleh pihak di luar penyelenggara.",
      "Hasil uji coba akan dievaluasi bersama DPR dan pemerintah sebelum diputuskan apakah sistem tersebut digunakan dalam pemilu berikutnya.",
    ],
  },
);

// --- Ekonomi --------------------------------------------------------------

articles.push(
  {
    key: "defisit-apbn-oktober",
    section: "ekonomi",
    title: "Defisit APBN hingga Oktober 1,9 Persen, Pemerintah Klaim Masih Terkendali",
    kicker: "Keuangan Negara",
    excerpt:
      "Defisit anggaran hingga akhir Oktober tercatat 1,9 persen dari PDB, tetapi ekonom mengingatkan risiko belanja yang menumpuk di akhir tahun.",
    authors: ["rahmat-hidayat"],
    publishedAt: "2026-11-04T06:12:00+07:00",
    image: {
      file: "kota.jpg",
      caption: "Ilustrasi kawasan pusat bisnis.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi gedung-gedung perkantoran dengan langit senja ungu dan jingga",
    },
    tags: ["APBN", "Fiskal"],
    body: [
      "JAKARTA, Warta — Defisit anggaran pendapatan dan belanja negara (APBN) hingga akhir Oktober 2026 tercatat 1,9 persen terhadap produk domestik bruto (PDB). Angka itu masih di bawah target defisit akhir tahun dan jauh dari batas 3 persen yang ditetapkan undang-undang.",
      "Penerimaan negara hingga Oktober mencapai 78 persen dari target, sedangkan belanja negara terealisasi 74 persen dari pagu. Pemerintah menyebut selisih tersebut memberi ruang untuk menuntaskan program prioritas dalam dua bulan terakhir tahun anggaran.",
      "Juru bicara bidang fiskal pemerintah, Hendra Wicaksana, mengatakan pengelolaan anggaran masih terkendali meski tekanan belanja meningkat menjelang akhir tahun. “Kami tetap berhati-hati. Ruang fiskal yang ada akan digunakan untuk belanja yang berdampak langsung, seperti perlindungan sosial dan infrastruktur dasar,” ujarnya di Jakarta, Selasa (3/11/2026).",
      "Dari sisi penerimaan, pajak pertambahan nilai tumbuh seiring konsumsi rumah tangga yang terjaga. Sebaliknya, setoran pajak penghasilan badan dari sektor pertambangan turun karena melemahnya harga batu bara dan nikel di pasar global. Penerimaan bea keluar juga lebih rendah dari perkiraan.",
      "Di sisi belanja, realisasi belanja kementerian dan lembaga mencapai 71 persen, sementara transfer ke daerah telah tersalurkan 82 persen. Belanja modal masih menjadi pos dengan serapan terendah, sekitar 58 persen, karena sejumlah proyek infrastruktur baru memasuki tahap konstruksi pada kuartal ketiga.",
      "Ekonom Lembaga Riset Ekonomi Nusantara, Larasati Kusumadewi, menilai defisit yang rendah hingga Oktober tidak sepenuhnya kabar baik. Menurut dia, sebagian disebabkan belanja yang tertahan dan berpotensi menumpuk di akhir tahun. “Pola belanja yang menumpuk di Desember membuat kualitas pelaksanaan proyek sering dikorbankan. Ini persoalan lama yang belum selesai,” katanya.",
      "Larasati juga menyoroti pembiayaan utang. Hingga Oktober, penerbitan surat berharga negara telah mencapai sekitar 80 persen dari target. Dengan kondisi pasar keuangan yang relatif stabil, ia menilai pemerintah tidak perlu menambah penerbitan di sisa tahun.",
      "Pemerintah memperkirakan defisit hingga akhir 2026 akan berada di kisaran 2,5 persen terhadap PDB, sejalan dengan proyeksi dalam laporan semester yang disampaikan kepada DPR.",
    ],
  },
  {
    key: "ekspor-perikanan-bitung",
    section: "ekonomi",
    title: "Ekspor Perikanan dari Bitung Naik 12 Persen, Tuna Beku Jadi Andalan",
    kicker: "Perdagangan",
    excerpt:
      "Nilai ekspor hasil perikanan melalui pelabuhan Bitung hingga Oktober mencapai 186 juta dolar AS, ditopang permintaan tuna beku dari Jepang dan Amerika Serikat.",
    authors: ["rahmat-hidayat"],
    publishedAt: "2026-11-09T16:04:00+07:00",
    image: {
      file: "pelabuhan.jpg",
      caption: "Ilustrasi aktivitas bongkar muat di pelabuhan.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi kapal kontainer bermuatan peti kemas warna-warni di samping derek pelabuhan",
    },
    tags: ["Ekspor", "Perikanan"],
    body: [
      "BITUNG, Warta — Nilai ekspor hasil perikanan melalui pelabuhan Bitung, Sulawesi Utara, hingga Oktober 2026 naik 12 persen dibandingkan periode yang sama tahun lalu. Tuna beku dan cakalang olahan menjadi komoditas utama yang dikirim ke Jepang, Amerika Serikat, dan sejumlah negara Timur Tengah.",
      "Data asosiasi pengusaha perikanan setempat menunjukkan nilai ekspor sepanjang Januari–Oktober mencapai 186 juta dolar AS. Volume pengiriman tercatat sekitar 41.000 ton, naik dari 37.500 ton pada periode yang sama tahun sebelumnya.",
      "Ketua asosiasi tersebut, Jefry Rumengan, mengatakan kenaikan dipicu membaiknya hasil tangkapan dan bertambahnya fasilitas penyimpanan berpendingin di kawasan pelabuhan. “Dulu banyak ikan yang harus dijual murah ke pasar lokal karena gudang beku penuh. Sekarang kapasitas bertambah, jadi kualitas ekspor bisa dijaga,” ujarnya, Senin (9/11/2026).",
      "Namun, pelaku usaha masih mengeluhkan tingginya biaya logistik. Kapal kontainer dengan tujuan langsung ke luar negeri belum tersedia setiap pekan, sehingga sebagian kargo harus transit lebih dulu di Jakarta atau Surabaya. Menurut Jefry, biaya transit itu bisa mencapai 8 hingga 10 persen dari nilai barang.",
      "Pengelola pelabuhan menyatakan tengah menjajaki tambahan layanan kapal langsung ke Asia Timur. Manajer komersial pelabuhan, Olivia Tumbelaka, menyebut dua perusahaan pelayaran sudah menyatakan minat dan uji coba rute dapat dimulai pada kuartal pertama 2027. “Kuncinya ada di kepastian volume. Kalau muatan stabil, perusahaan pelayaran mau masuk,” katanya.",
      "Ekonom maritim dari sebuah perguruan tinggi di Manado, Steven Lumowa, menilai peningkatan ekspor perlu dibarengi hilirisasi agar nilai tambah tidak berhenti pada ikan beku. Ia menyebut pengolahan tuna menjadi produk siap saji untuk pasar ritel dapat meningkatkan nilai jual hingga dua kali lipat.",
      "Bitung selama ini dikenal sebagai salah satu sentra industri pengolahan tuna terbesar di Indonesia, dengan puluhan unit pengolahan ikan yang menyerap ribuan tenaga kerja.",
    ],
  },
  {
    key: "umkm-yogyakarta-digital",
    section: "ekonomi",
    title: "UMKM Kuliner di Yogyakarta Kian Akrab dengan Pembayaran Digital",
    excerpt:
      "Tujuh dari sepuluh pelaku usaha kuliner skala kecil di Yogyakarta kini menerima pembayaran kode QR, meski sebagian masih khawatir soal biaya dan penipuan.",
    authors: ["rahmat-hidayat", "yohanes-kurniawan"],
    publishedAt: "2026-11-13T14:33:00+07:00",
    image: {
      file: "pasar.jpg",
      caption: "Ilustrasi lapak pedagang di pasar tradisional.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi deretan lapak pasar beratap tenda bergaris dengan keranjang buah",
    },
    tags: ["UMKM", "Ekonomi Digital"],
    body: [
      "YOGYAKARTA, Warta — Pembayaran digital kian lazim di warung dan kedai kecil di Yogyakarta. Survei sebuah koperasi pendamping usaha mikro menunjukkan tujuh dari sepuluh pelaku usaha kuliner skala kecil di kota itu kini menerima pembayaran menggunakan kode QR, naik dari sekitar empat dari sepuluh pada dua tahun lalu.",
      "Di sebuah warung gudeg di kawasan Kotagede, stiker kode QR tertempel di samping etalase. Pemiliknya, Suratmi (48), mengatakan hampir separuh pembelinya kini membayar dengan ponsel, terutama mahasiswa dan wisatawan. “Dulu saya sering kehabisan uang kembalian. Sekarang lebih praktis, uangnya langsung masuk ke rekening,” ujarnya, Kamis (12/11/2026).",
      "Survei yang melibatkan 820 pelaku usaha itu juga mencatat manfaat lain: pencatatan penjualan menjadi lebih rapi. Sebagian pelaku usaha mulai menggunakan riwayat transaksi digital sebagai bukti omzet saat mengajukan pinjaman modal ke bank.",
      "Manajer program koperasi tersebut, Hanif Nur Rohman, mengatakan data transaksi memberi peluang bagi usaha mikro untuk mengakses pembiayaan formal. “Banyak pedagang selama ini ditolak bank karena tidak punya catatan keuangan. Riwayat transaksi digital bisa menjadi pintu masuk,” katanya.",
      "Hanif menambahkan, koperasinya kini mendampingi sekitar 150 pedagang untuk menyusun laporan keuangan sederhana berbasis riwayat transaksi. Sebagian dari mereka telah memperoleh kredit usaha senilai Rp 10 juta hingga Rp 25 juta untuk menambah peralatan dan bahan baku.",
      "Meski demikian, tidak semua pedagang antusias. Sekitar 30 persen responden mengaku khawatir dengan biaya layanan per transaksi, sementara sebagian lain belum percaya pada keamanan sistem setelah mendengar kasus penipuan dengan bukti transfer palsu. Pedagang lanjut usia juga masih kesulitan mengecek notifikasi pembayaran di ponsel.",
      "Pemerintah kota bersama asosiasi perbankan setempat berencana menggelar pelatihan literasi keuangan digital bagi 2.000 pelaku usaha mikro pada awal tahun depan. Materinya mencakup cara memverifikasi pembayaran, mengelola pencatatan sederhana, dan mengenali modus penipuan.",
      "Bagi Suratmi, yang terpenting adalah pembeli tetap datang. “Mau bayar tunai atau pakai ponsel, yang penting gudegnya habis,” katanya sambil tertawa.",
    ],
  },
  {
    key: "surya-atap-industri",
    section: "ekonomi",
    title: "Investasi Panel Surya Atap di Kawasan Industri Melonjak",
    kicker: "Energi Terbarukan",
    excerpt:
      "Kapasitas pembangkit surya atap baru di sektor industri tahun ini diperkirakan mencapai 620 megawatt, naik hampir dua kali lipat dari tahun lalu.",
    authors: ["rahmat-hidayat"],
    publishedAt: "2026-11-17T12:18:00+07:00",
    image: {
      file: "energi.jpg",
      caption: "Ilustrasi panel surya dan turbin angin.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi deretan panel surya di padang rumput dengan turbin angin dan menara listrik",
    },
    tags: ["Energi", "Investasi"],
    body: [
      "JAKARTA, Warta — Investasi pembangkit listrik tenaga surya (PLTS) atap di kawasan industri melonjak sepanjang 2026. Asosiasi pengembang energi surya memperkirakan kapasitas terpasang baru di sektor industri hingga akhir tahun mencapai 620 megawatt, naik hampir dua kali lipat dibandingkan tahun lalu.",
      "Lonjakan terutama terjadi di kawasan industri di Jawa Barat, Banten, dan Jawa Timur. Pabrik tekstil, makanan-minuman, dan komponen otomotif menjadi pemasang terbesar. Sebagian besar proyek menggunakan skema sewa: pengembang menanggung biaya pemasangan dan pabrik membayar listrik yang dihasilkan dengan tarif tetap selama 15 hingga 20 tahun.",
      "Ketua asosiasi tersebut, Satria Wibisono, mengatakan tekanan dari pembeli global menjadi pendorong utama. Banyak merek internasional kini mensyaratkan pemasok mereka mengurangi emisi karbon dari proses produksi. “Dulu alasan pabrik pasang surya atap adalah hemat biaya. Sekarang alasannya supaya tetap dapat pesanan ekspor,” ujarnya di Jakarta, Selasa (17/11/2026).",
      "Harga panel surya yang terus turun juga membantu. Menurut Satria, biaya pemasangan per kilowatt-peak saat ini sekitar 30 persen lebih rendah dibandingkan tiga tahun lalu. Dengan tarif listrik industri yang relatif stabil, masa balik modal proyek berkisar enam hingga delapan tahun.",
      "Meski begitu, pelaku usaha masih menghadapi kendala perizinan dan kuota sambungan ke jaringan listrik di sejumlah wilayah. Direktur sebuah pabrik garmen di Subang, Rudy Halim, mengatakan proses persetujuan kapasitas bagi pabriknya memakan waktu hampir lima bulan. “Panelnya bisa dipasang dalam enam minggu, tapi izinnya yang lama,” katanya.",
      "Selain pabrik, pengelola kawasan industri juga mulai membangun PLTS di lahan parkir dan atap gudang bersama. Listrik yang dihasilkan dijual kepada penyewa kawasan sebagai paket layanan, sehingga pabrik kecil yang atapnya tidak memadai tetap bisa memperoleh pasokan energi terbarukan.",
      "Peneliti dari sebuah lembaga kajian transisi energi, Kartika Sari, menilai pemerintah perlu menyederhanakan prosedur dan membuka data kapasitas jaringan secara transparan. Menurut dia, sektor industri berpotensi menyerap lebih dari 3 gigawatt PLTS atap pada 2030 jika hambatan regulasi diatasi.",
    ],
  },
  {
    key: "subsidi-energi",
    section: "ekonomi",
    title: "Subsidi Energi Membengkak, Pemerintah Kaji Ulang Skema Penyaluran",
    kicker: "APBN 2027",
    excerpt:
      "Realisasi subsidi dan kompensasi energi hingga Oktober sudah mencapai 91 persen dari pagu, mendorong pemerintah menyiapkan skema penyaluran yang lebih tepat sasaran.",
    authors: ["rahmat-hidayat"],
    publishedAt: "2026-11-19T18:37:00+07:00",
    image: {
      file: "energi.jpg",
      caption: "Ilustrasi infrastruktur energi.",
      credit: "Warta/Tim Grafis",
      alt: "Ilustrasi menara transmisi listrik, turbin angin, dan panel surya di perbukitan hijau",
    },
    tags: ["APBN", "Energi", "Subsidi"],
    body: [
      "JAKARTA, Warta — Beban subsidi dan kompensasi energi dalam APBN terus membengkak. Hingga akhir Oktober 2026, realisasinya telah mencapai 91 persen dari pagu tahunan, didorong konsumsi bahan bakar minyak bersubsidi dan elpiji tabung 3 kilogram yang tumbuh lebih cepat dari perkiraan.",
      "Pemerintah menyatakan tengah mengkaji ulang skema penyaluran agar subsidi lebih tepat sasaran. Salah satu opsi yang dibahas adalah penyaluran berbasis data kesejahteraan terpadu, sehingga hanya rumah tangga dan usaha mikro yang terdaftar yang berhak membeli produk bersubsidi dengan harga khusus.",
      "Juru bicara bidang fiskal pemerintah, Hendra Wicaksana, mengatakan kajian tersebut belum sampai pada keputusan perubahan harga. “Yang kami bahas adalah siapa yang berhak, bukan berapa harganya. Kami ingin subsidi benar-benar dinikmati kelompok yang membutuhkan,” ujarnya di Jakarta, Kamis (19/11/2026).",
      "Data yang dihimpun pemerintah menunjukkan sebagian besar konsumsi bahan bakar bersubsidi masih dinikmati rumah tangga mampu, terutama pemilik kendaraan pribadi. Pola serupa terlihat pada elpiji bersubsidi yang banyak digunakan usaha menengah, padahal diperuntukkan bagi rumah tangga miskin dan usaha mikro.",
      "Pemerintah mencatat, tambahan konsumsi elpiji bersubsidi tahun ini sebagian terjadi di daerah yang baru dikonversi dari minyak tanah, serta di wilayah perkotaan dengan banyak usaha kuliner. Di sejumlah kota, pengecer bahkan menjual tabung 3 kilogram di atas harga eceran tertinggi saat pasokan menipis.",
      "Ekonom Lembaga Riset Ekonomi Nusantara, Larasati Kusumadewi, menilai reformasi subsidi perlu dilakukan bertahap dan disertai komunikasi yang jelas. “Pengalaman menunjukkan, perubahan mendadak memicu kepanikan dan antrean. Pemerintah harus memastikan data penerima siap sebelum aturan diberlakukan,” katanya.",
      "Menurut Larasati, penghematan dari subsidi yang lebih tepat sasaran dapat dialihkan untuk memperkuat transportasi umum dan bantuan langsung bagi rumah tangga rentan. Ia memperkirakan potensi penghematan bisa mencapai puluhan triliun rupiah per tahun.",
      "Pemerintah menargetkan kajian rampung pada kuartal pertama 2027. Uji coba penyaluran berbasis data rencananya dimulai di beberapa kota sebelum diterapkan secara nasional.",
    ],
  },
  {
    key: "rupiah-sepekan",
    section: "ekonomi",
    title: "Sepekan Menguat, Rupiah Ditopang Surplus Neraca Perdagangan",
    excerpt:
      "Rupiah menguat sekitar 0,9 persen sepanjang pekan setelah neraca perdagangan Oktober mencatat surplus 3,4 miliar dolar AS, di atas perkiraan pasar.",
    authors: ["rahmat-hidayat"],
    publishedAt: "2026-11-21T16:58:00+07:00",
    image: {
      file: "kota.jpg",
      caption: "Ilustrasi gedung perkantoran di kawasan keuangan.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi siluet gedung pencakar langit saat matahari terbenam",
    },
    tags: ["Rupiah", "Ekspor"],
    body: [
      "JAKARTA, Warta — Nilai tukar rupiah menguat sepanjang pekan ini dan ditutup di level Rp 16.380 per dolar AS pada perdagangan Jumat (20/11/2026), menguat sekitar 0,9 persen dibandingkan akhir pekan sebelumnya. Penguatan ditopang data neraca perdagangan Oktober yang kembali mencatat surplus.",
      "Neraca perdagangan Oktober 2026 surplus 3,4 miliar dolar AS, lebih tinggi dari perkiraan pasar sekitar 2,6 miliar dolar AS. Ekspor tumbuh 6,1 persen secara tahunan, terutama dari produk besi dan baja, minyak sawit, serta perikanan, sementara impor barang modal relatif stabil.",
      "Kepala riset sebuah perusahaan sekuritas di Jakarta, Andreas Wijaya, mengatakan surplus yang lebih besar dari perkiraan memberi sentimen positif bagi investor asing. “Arus masuk ke pasar obligasi pemerintah terlihat meningkat dalam tiga hari terakhir. Itu yang membuat rupiah bisa bertahan di tengah dolar AS yang juga menguat terhadap mata uang lain,” ujarnya.",
      "Selain data perdagangan, pelaku pasar mencermati ekspektasi inflasi domestik yang terjaga. Harga pangan yang mulai melandai menjelang akhir tahun dinilai memberi ruang bagi bank sentral untuk mempertahankan suku bunga acuan.",
      "Di pasar saham, indeks harga saham gabungan ditutup menguat 1,2 persen sepanjang pekan. Saham perbankan dan barang konsumsi menjadi penopang utama, seiring masuknya dana investor asing yang membukukan pembelian bersih selama empat hari berturut-turut.",
      "Meski demikian, Andreas mengingatkan bahwa penguatan rupiah bisa tertahan pada Desember. Permintaan dolar biasanya meningkat menjelang akhir tahun untuk pembayaran utang luar negeri korporasi dan repatriasi dividen. “Volatilitas kemungkinan naik pada paruh kedua Desember,” katanya.",
      "Ekonom perdagangan, Citra Ramadhani, menilai surplus neraca perdagangan perlu dibaca hati-hati. Menurut dia, sebagian surplus berasal dari penurunan impor bahan baku yang bisa menandakan melambatnya aktivitas industri. “Kita perlu melihat apakah penurunan impor bahan baku ini sementara atau berlanjut. Kalau berlanjut, itu sinyal produksi melemah,” ujarnya.",
      "Pekan depan, pelaku pasar akan mencermati perkembangan harga komoditas serta arah kebijakan suku bunga di sejumlah negara maju.",
    ],
  },
  {
    key: "harga-beras-medium",
    section: "ekonomi",
    title: "Harga Beras Medium Naik Jelang Akhir Tahun, Pedagang Keluhkan Pasokan Seret",
    kicker: "Harga Pangan",
    excerpt:
      "Harga beras medium di sejumlah pasar naik Rp 700 hingga Rp 1.000 per kilogram dalam dua pekan terakhir karena pasokan dari sentra produksi berkurang.",
    authors: ["rahmat-hidayat", "dewi-lestari-anggraini"],
    publishedAt: "2026-11-23T11:44:00+07:00",
    image: {
      file: "pasar.jpg",
      caption: "Ilustrasi pedagang dan pembeli di pasar tradisional.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi lapak pasar dengan tenda merah, hijau, kuning, dan biru serta pembeli",
    },
    tags: ["Inflasi", "Pangan"],
    body: [
      "JAKARTA, Warta — Harga beras medium di sejumlah pasar tradisional naik dalam dua pekan terakhir. Di pasar induk beras di Jakarta Timur, harga beras medium kini berkisar Rp 13.800 hingga Rp 14.300 per kilogram, naik Rp 700 hingga Rp 1.000 dibandingkan awal November.",
      "Pedagang menyebut kenaikan dipicu berkurangnya pasokan dari sentra produksi di Jawa Barat dan Jawa Tengah. Saat ini sebagian besar daerah baru memasuki musim tanam, sehingga stok gabah di penggilingan menipis. “Kiriman dari penggilingan berkurang hampir separuh. Yang datang pun harganya sudah naik dari sana,” kata Marzuki (61), pedagang beras yang sudah berjualan lebih dari 30 tahun, Senin (23/11/2026).",
      "Kenaikan juga terasa di tingkat eceran. Di sebuah pasar di Depok, beras medium dijual Rp 14.500 per kilogram. Sejumlah pemilik warung makan mengaku mulai mengurangi porsi nasi atau beralih ke beras dengan kualitas lebih rendah untuk menekan biaya.",
      "Badan usaha pangan milik negara menyatakan stok cadangan beras masih mencukupi dan siap digelontorkan melalui operasi pasar. Kepala divisi distribusi badan usaha tersebut, Irawan Susilo, mengatakan operasi pasar akan diperluas ke 120 titik di Jabodetabek mulai pekan ini. “Stok kami cukup untuk kebutuhan hingga panen raya Maret. Masyarakat tidak perlu membeli berlebihan,” ujarnya.",
      "Ekonom pertanian, Rini Astuti, menilai operasi pasar efektif meredam kenaikan dalam jangka pendek, tetapi harus menyasar pasar yang tepat. Menurut dia, beras operasi pasar sering kali tidak sampai ke konsumen rumah tangga karena dibeli pedagang untuk dijual kembali. “Pengawasan distribusinya harus ketat, termasuk pembatasan pembelian per orang,” katanya.",
      "Beras merupakan salah satu penyumbang terbesar inflasi kelompok makanan. Kenaikan harga beras menjelang akhir tahun, bersamaan dengan meningkatnya permintaan saat libur Natal dan Tahun Baru, berpotensi menahan laju penurunan inflasi.",
    ],
  },
  {
    key: "inflasi-november",
    section: "ekonomi",
    title: "Inflasi November Diperkirakan Melandai, Harga Cabai dan Bawang Mulai Turun",
    excerpt:
      "Ekonom memperkirakan inflasi tahunan November di kisaran 2,2–2,4 persen karena harga cabai dan bawang merah turun, meski beras dan emas perhiasan masih menjadi penahan.",
    authors: ["rahmat-hidayat"],
    publishedAt: "2026-11-24T14:05:00+07:00",
    image: {
      file: "pasar.jpg",
      caption: "Ilustrasi lapak sayur dan buah di pasar.",
      credit: "Warta/Tim Grafis",
      alt: "Ilustrasi keranjang berisi buah dan sayuran di lapak pasar beratap tenda bergaris",
    },
    tags: ["Inflasi", "Pangan"],
    body: [
      "JAKARTA, Warta — Laju inflasi November 2026 diperkirakan melandai. Sejumlah ekonom memproyeksikan inflasi tahunan berada di kisaran 2,2 hingga 2,4 persen, lebih rendah dibandingkan Oktober yang tercatat 2,6 persen, seiring turunnya harga cabai dan bawang merah di berbagai daerah.",
      "Pemantauan harga pangan pada pekan ketiga November menunjukkan harga cabai merah keriting di tingkat konsumen turun sekitar 18 persen dibandingkan awal bulan, sementara bawang merah turun 9 persen. Panen di sentra produksi Jawa Tengah dan Nusa Tenggara Barat membuat pasokan melimpah.",
      "Ekonom sebuah bank swasta, Meiliana Tanoto, memperkirakan inflasi bulanan November hanya sekitar 0,1 persen. “Penurunan harga hortikultura cukup signifikan dan mengimbangi kenaikan harga beras. Tekanan inflasi inti juga relatif stabil,” ujarnya di Jakarta, Selasa (24/11/2026).",
      "Namun, beberapa komoditas masih menjadi penahan. Harga beras medium naik dalam dua pekan terakhir karena pasokan dari penggilingan berkurang. Harga emas perhiasan juga terus mendorong inflasi inti mengikuti tren harga emas global.",
      "Di sisi lain, tarif angkutan udara diperkirakan mulai naik pada akhir bulan seiring meningkatnya pemesanan tiket untuk libur akhir tahun. Kelompok transportasi biasanya menyumbang inflasi cukup besar pada Desember, terutama di daerah tujuan wisata dan kota-kota asal perantau.",
      "Di pasar, penurunan harga cabai disambut lega pedagang makanan. Nur Aini (39), pemilik warung nasi di Bekasi, mengatakan ia kembali bisa menyajikan sambal tanpa mengurangi porsi. “Bulan lalu cabai sampai Rp 70.000 sekilo, sekarang Rp 45.000. Lumayan, untungnya bisa sedikit naik,” katanya.",
      "Meski demikian, ekonom mengingatkan risiko kenaikan harga pada Desember. Permintaan akan meningkat menjelang Natal dan Tahun Baru, sementara cuaca ekstrem pada puncak musim hujan berpotensi mengganggu distribusi. Pemerintah daerah diminta memperkuat pemantauan stok dan kelancaran distribusi antardaerah.",
      "Bank sentral dalam pernyataan terakhirnya memperkirakan inflasi hingga akhir tahun tetap berada dalam rentang sasaran 1,5 hingga 3,5 persen. Dengan inflasi yang terkendali, ruang pelonggaran kebijakan moneter dinilai masih terbuka, meski keputusan akan sangat bergantung pada stabilitas nilai tukar rupiah.",
      "Data inflasi resmi November dijadwalkan dirilis pada awal Desember.",
    ],
  },
);

// --- Internasional --------------------------------------------------------

articles.push(
  {
    key: "patroli-selat-malaka",
    section: "internasional",
    title: "Indonesia dan Malaysia Perluas Patroli Bersama di Selat Malaka",
    kicker: "Keamanan Maritim",
    excerpt:
      "Kedua negara sepakat menambah frekuensi patroli terkoordinasi dan berbagi data pelacakan kapal secara langsung untuk menekan perompakan dan penyelundupan.",
    authors: ["sinta-maharani"],
    publishedAt: "2026-11-05T10:47:00+07:00",
    image: {
      file: "pelabuhan.jpg",
      caption: "Ilustrasi kapal niaga di perairan selat.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi kapal kontainer berlayar di laut biru dengan derek pelabuhan di kejauhan",
    },
    tags: ["ASEAN", "Maritim"],
    body: [
      "KUALA LUMPUR, Warta — Indonesia dan Malaysia sepakat memperluas patroli bersama di Selat Malaka untuk menekan perompakan, penyelundupan, dan penangkapan ikan ilegal. Kesepakatan itu dicapai dalam pertemuan komite perbatasan kedua negara di Kuala Lumpur, Rabu (4/11/2026).",
      "Dalam kesepakatan tersebut, frekuensi patroli terkoordinasi akan ditambah dari dua kali menjadi empat kali dalam sebulan. Kedua negara juga akan berbagi data pelacakan kapal secara langsung melalui pusat informasi maritim yang terhubung dengan otoritas pelabuhan masing-masing.",
      "Kepala delegasi Indonesia, Bonifasius Hutapea, mengatakan peningkatan kerja sama dibutuhkan karena insiden di selat tersebut cenderung meningkat dalam dua tahun terakhir. “Selat Malaka adalah jalur vital bagi perdagangan dunia. Keamanannya tanggung jawab bersama negara pantai,” ujarnya.",
      "Pusat pelaporan maritim regional mencatat puluhan insiden pencurian dan perampokan di kapal yang melintas di Selat Malaka dan Selat Singapura sepanjang Januari hingga September 2026. Sebagian besar berupa pencurian suku cadang dan perlengkapan kapal saat kapal berlayar pada malam hari.",
      "Selain perompakan, penyelundupan barang dan manusia juga menjadi perhatian. Aparat di kedua negara beberapa kali menggagalkan pengiriman pekerja migran tanpa dokumen menggunakan kapal kayu yang berangkat pada malam hari dari pesisir timur Sumatera.",
      "Kepala delegasi Malaysia, Hafiz Rahmat Shah, menyebut kedua negara juga akan menyelaraskan prosedur penanganan nelayan yang melintasi batas laut tanpa sengaja. Nelayan tradisional yang tertangkap akan diprioritaskan untuk dipulangkan melalui jalur diplomatik tanpa proses hukum yang berlarut-larut.",
      "Pengamat hubungan internasional dari sebuah universitas di Medan, Elisabeth Sitorus, menilai kesepakatan itu langkah positif, tetapi efektivitasnya bergantung pada keterlibatan negara pantai lain. “Perompak dan penyelundup memanfaatkan celah di perbatasan yurisdiksi. Koordinasi seluruh negara pantai jauh lebih efektif daripada kerja sama bilateral,” ujarnya.",
      "Ia juga mengingatkan pentingnya melibatkan nelayan lokal dalam pengawasan. Menurut dia, nelayan sering kali menjadi pihak pertama yang melihat aktivitas mencurigakan di laut, tetapi tidak tahu harus melapor ke mana.",
      "Kesepakatan teknis patroli akan mulai berlaku pada Januari 2027 dan dievaluasi setiap enam bulan.",
    ],
  },
  {
    key: "konsuler-keliling-hong-kong",
    section: "internasional",
    title: "Layanan Konsuler Keliling Sambangi Pekerja Migran Indonesia di Hong Kong",
    excerpt:
      "Layanan keliling di taman-taman kota pada hari libur membantu ratusan pekerja migran memperpanjang paspor dan berkonsultasi soal kontrak kerja.",
    authors: ["sinta-maharani"],
    publishedAt: "2026-11-10T07:51:00+07:00",
    image: {
      file: "kota.jpg",
      caption: "Ilustrasi suasana kota pada malam hari.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi deretan gedung tinggi dengan lampu jendela menyala di bawah langit senja",
    },
    tags: ["Pekerja Migran", "Hong Kong"],
    body: [
      "HONG KONG, Warta — Perwakilan Indonesia di Hong Kong menggelar layanan konsuler keliling di sejumlah taman kota setiap hari Minggu. Layanan ini ditujukan bagi pekerja migran Indonesia yang sulit datang ke kantor perwakilan pada hari kerja karena terikat jadwal majikan.",
      "Pada Minggu (8/11/2026), layanan di kawasan Causeway Bay didatangi sekitar 460 pekerja migran. Mereka mengurus perpanjangan paspor, legalisasi dokumen, hingga berkonsultasi mengenai kontrak kerja dan potongan gaji yang dianggap tidak sesuai.",
      "Pejabat fungsi konsuler perwakilan tersebut, Ratna Kusumawardhani, mengatakan layanan keliling dirancang untuk mendekatkan negara kepada warganya. “Hari Minggu adalah satu-satunya waktu mereka bebas. Kalau kami hanya menunggu di kantor, banyak yang akhirnya membiarkan dokumennya kedaluwarsa,” ujarnya.",
      "Menurut Ratna, sebagian besar pengaduan yang masuk berkaitan dengan biaya penempatan yang berlebihan dan jam kerja yang melampaui kontrak. Pengaduan tersebut akan ditindaklanjuti bersama otoritas ketenagakerjaan setempat dan agensi penyalur.",
      "Selain dokumen, petugas juga memberikan sosialisasi mengenai kanal pengaduan daring, hak cuti, serta cara menghindari pinjaman berbunga tinggi yang kerap menjerat pekerja migran. Sebagian peserta baru mengetahui bahwa mereka berhak atas hari libur penuh setiap pekan sesuai aturan setempat.",
      "Sri Wahyuni (34), pekerja rumah tangga asal Blitar yang sudah tujuh tahun bekerja di Hong Kong, mengaku terbantu karena tidak perlu izin khusus dari majikan. “Paspor saya habis bulan depan. Biasanya harus ambil cuti, sekarang cukup datang ke taman sambil kumpul dengan teman-teman,” katanya.",
      "Organisasi pekerja migran setempat menyambut baik layanan tersebut, tetapi berharap ada pendampingan hukum yang lebih intensif. Koordinator sebuah serikat pekerja migran Indonesia di Hong Kong, Novi Handayani, mengatakan banyak kasus pelanggaran kontrak tidak berlanjut karena pekerja takut kehilangan pekerjaan. “Mereka butuh pendamping yang bisa menemani sampai ke pengadilan tenaga kerja,” ujarnya.",
      "Hong Kong menjadi salah satu tujuan utama pekerja migran Indonesia, dengan jumlah lebih dari 150.000 orang yang sebagian besar bekerja di sektor rumah tangga.",
    ],
  },
  {
    key: "perawat-jepang",
    section: "internasional",
    title: "Jepang Kekurangan Pendamping Lansia, Perawat Indonesia Makin Dilirik",
    kicker: "Tenaga Kerja",
    excerpt:
      "Fasilitas perawatan lansia di Jepang aktif merekrut tenaga kesehatan dari Asia Tenggara, tetapi kemampuan bahasa masih menjadi hambatan utama bagi kandidat Indonesia.",
    authors: ["sinta-maharani", "yohanes-kurniawan"],
    publishedAt: "2026-11-14T08:27:00+07:00",
    image: {
      file: "rumah-sakit.jpg",
      caption: "Ilustrasi fasilitas layanan kesehatan.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi gedung fasilitas kesehatan bercat putih dengan ambulans di depannya",
    },
    tags: ["Kesehatan", "Pekerja Migran", "Jepang"],
    body: [
      "TOKYO, Warta — Kebutuhan tenaga perawat dan pendamping lansia di Jepang terus meningkat seiring bertambahnya jumlah penduduk berusia lanjut. Sejumlah asosiasi fasilitas perawatan di negara itu kini aktif merekrut tenaga kesehatan dari Asia Tenggara, termasuk Indonesia, dengan menawarkan pelatihan bahasa dan jalur sertifikasi.",
      "Sebuah asosiasi panti wreda di wilayah Kanto menyatakan kekurangan sekitar 4.000 pendamping lansia di fasilitas anggotanya hingga akhir tahun ini. Direktur asosiasi tersebut, Keiko Matsumura, mengatakan tenaga kerja asing kini menjadi bagian penting dari layanan perawatan. “Tanpa mereka, beberapa fasilitas kami harus mengurangi jumlah penghuni,” ujarnya kepada Warta, Jumat (13/11/2026).",
      "Bagi tenaga kesehatan Indonesia, peluang itu menarik karena gaji yang ditawarkan bisa empat hingga lima kali lipat dari pendapatan di dalam negeri. Namun, kemampuan bahasa Jepang masih menjadi hambatan utama. Sebagian kandidat gagal lolos ujian sertifikasi karena istilah medis dan dokumen perawatan ditulis dalam bahasa Jepang.",
      "Dwi Ayu Lestari (27), perawat asal Malang yang bekerja di sebuah panti wreda di Saitama sejak dua tahun lalu, mengaku butuh waktu hampir setahun untuk beradaptasi. “Pekerjaannya sendiri tidak terlalu berbeda. Yang berat itu membaca catatan perawatan dan memahami dialek para lansia,” katanya.",
      "Di Indonesia, lembaga pelatihan perawat di Surabaya dan Malang menambah kelas bahasa Jepang untuk memenuhi permintaan. Pengelola salah satu lembaga pelatihan, Bambang Sugiarto, menyebut jumlah peserta kelas persiapan kerja ke Jepang tahun ini naik dua kali lipat.",
      "Meski demikian, pengamat kebijakan kesehatan, dr. Teresa Hendrawan, mengingatkan agar perekrutan tenaga kesehatan ke luar negeri tidak mengorbankan kebutuhan di dalam negeri. Menurut dia, sejumlah puskesmas di daerah terpencil masih kekurangan perawat. “Bekerja di luar negeri itu hak, tetapi pemerintah perlu memastikan insentif bagi tenaga kesehatan di daerah juga diperbaiki,” ujarnya.",
    ],
  },
  {
    key: "harga-minyak-turun",
    section: "internasional",
    title: "Harga Minyak Dunia Turun ke Level Terendah dalam Lima Bulan",
    kicker: "Pasar Global",
    excerpt:
      "Harga minyak mentah acuan turun ke kisaran 66 dolar AS per barel setelah kelompok negara produsen sepakat menambah pasokan mulai Januari.",
    authors: ["rahmat-hidayat", "sinta-maharani"],
    publishedAt: "2026-11-18T07:46:00+07:00",
    image: {
      file: "pelabuhan.jpg",
      caption: "Ilustrasi kapal pengangkut di pelabuhan.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi kapal besar bersandar di dermaga dengan derek berwarna merah",
    },
    tags: ["Energi", "Minyak"],
    body: [
      "SINGAPURA, Warta — Harga minyak mentah dunia turun ke level terendah dalam lima bulan terakhir. Pada perdagangan Selasa (17/11/2026), harga minyak mentah acuan internasional ditutup di kisaran 65,8 dolar AS per barel, turun sekitar 4 persen dalam sepekan.",
      "Penurunan terjadi setelah kelompok negara produsen minyak utama sepakat menambah pasokan secara bertahap mulai Januari 2027. Di saat yang sama, data ekonomi dari sejumlah negara konsumen besar menunjukkan permintaan bahan bakar tumbuh lebih lambat dari perkiraan.",
      "Analis komoditas sebuah lembaga riset energi di Singapura, Daniel Koh, mengatakan pasar kini memperkirakan kelebihan pasokan pada paruh pertama tahun depan. “Stok minyak di negara-negara konsumen sudah tinggi. Tambahan pasokan dalam kondisi seperti ini hampir pasti menekan harga,” ujarnya.",
      "Menurut Daniel, pelaku pasar juga mencermati potensi melemahnya permintaan dari sektor petrokimia dan penerbangan pada kuartal pertama. “Jika musim dingin di belahan bumi utara tidak terlalu dingin, permintaan bahan bakar untuk pemanas juga akan lebih rendah dari biasanya,” katanya.",
      "Bagi Indonesia, penurunan harga minyak membawa dampak beragam. Di satu sisi, beban subsidi dan kompensasi energi dalam anggaran negara berpotensi berkurang karena harga minyak mentah menjadi salah satu asumsi utama. Di sisi lain, penerimaan negara dari sektor minyak dan gas juga ikut turun.",
      "Ekonom Lembaga Riset Ekonomi Nusantara, Larasati Kusumadewi, menilai penurunan harga minyak dapat menjadi momentum bagi pemerintah untuk membenahi skema subsidi tanpa menimbulkan gejolak harga di masyarakat. “Ketika harga internasional rendah, selisih antara harga keekonomian dan harga jual eceran menyempit. Itu waktu yang tepat untuk reformasi,” katanya.",
      "Harga minyak yang lebih murah juga diperkirakan meringankan biaya operasional maskapai dan perusahaan pelayaran. Sejumlah perusahaan logistik di kawasan Asia mulai meninjau ulang biaya tambahan bahan bakar yang dikenakan kepada pelanggan.",
      "Pasar kini menanti rincian jadwal penambahan pasokan dan data persediaan minyak mingguan untuk menentukan arah harga berikutnya.",
    ],
  },
  {
    key: "forum-pemuda-dili",
    section: "internasional",
    title: "Dili Jadi Tuan Rumah Forum Pemuda ASEAN, Pendidikan Vokasi Jadi Sorotan",
    excerpt:
      "Sekitar 300 delegasi muda dari 11 negara ASEAN membahas akses pendidikan vokasi dan lapangan kerja dalam forum tiga hari di ibu kota Timor-Leste.",
    authors: ["sinta-maharani"],
    publishedAt: "2026-11-20T08:05:00+07:00",
    image: {
      file: "diplomasi.jpg",
      caption: "Ilustrasi ruang pertemuan internasional.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi meja konferensi panjang dengan mikrofon dan deretan bendera warna-warni",
    },
    tags: ["ASEAN", "Pendidikan", "Timor-Leste"],
    body: [
      "DILI, Warta — Timor-Leste menjadi tuan rumah forum pemuda ASEAN yang digelar pada 18–20 November 2026 di Dili. Forum yang diikuti sekitar 300 delegasi muda dari 11 negara anggota itu menyoroti akses pendidikan vokasi dan kesiapan generasi muda menghadapi perubahan pasar kerja.",
      "Forum ini menjadi salah satu kegiatan regional terbesar yang diselenggarakan Timor-Leste sejak resmi bergabung sebagai anggota penuh ASEAN. Panitia menyebut forum tersebut menjadi ajang bagi negara anggota termuda di kawasan untuk memperkenalkan diri kepada generasi muda Asia Tenggara.",
      "Koordinator panitia, Joana da Costa, mengatakan tema pendidikan vokasi dipilih karena pengangguran usia muda masih tinggi di banyak negara anggota. “Banyak anak muda lulus sekolah, tetapi keterampilannya tidak sesuai dengan kebutuhan industri. Kami ingin forum ini menghasilkan rekomendasi yang konkret,” ujarnya, Kamis (19/11/2026).",
      "Delegasi Indonesia membawa gagasan program magang lintas negara bagi siswa sekolah menengah kejuruan. Salah satu anggota delegasi, Nadia Putri Ramadhani (22), mahasiswa teknik dari Surabaya, mengatakan program itu dapat membantu siswa mendapatkan pengalaman kerja di industri yang belum berkembang di negaranya sendiri. “Misalnya siswa Timor-Leste magang di industri pariwisata Bali, atau siswa kita belajar budidaya kopi di dataran tinggi Timor-Leste,” katanya.",
      "Menurut Joana, sekitar 40 persen peserta forum adalah perempuan, dan sebagian datang dari wilayah perdesaan. Panitia sengaja membuka jalur seleksi khusus bagi pemuda dari daerah terpencil agar rekomendasi forum tidak hanya mencerminkan pandangan anak muda perkotaan.",
      "Selain pendidikan, forum juga membahas kesehatan mental remaja, partisipasi politik anak muda, serta dampak perubahan iklim terhadap mata pencaharian di wilayah pesisir. Para peserta juga mengunjungi sejumlah sekolah kejuruan dan pusat pelatihan kerja di sekitar Dili.",
      "Rekomendasi forum akan dirangkum dalam dokumen bersama yang diserahkan kepada pertemuan para menteri urusan kepemudaan ASEAN tahun depan. Panitia berharap sedikitnya satu program magang lintas negara dapat diuji coba pada 2027.",
    ],
  },
  {
    key: "dana-adaptasi-iklim",
    section: "internasional",
    title: "Forum Negara Kepulauan Sepakati Dana Bersama untuk Adaptasi Iklim",
    kicker: "Perubahan Iklim",
    excerpt:
      "Delegasi dari 32 negara kepulauan dan pesisir sepakat membentuk dana bersama untuk membiayai tanggul, restorasi mangrove, sistem peringatan dini, dan relokasi permukiman.",
    authors: ["sinta-maharani", "redaksi"],
    publishedAt: "2026-11-22T09:31:00+07:00",
    image: {
      file: "diplomasi.jpg",
      caption: "Ilustrasi sidang forum internasional.",
      credit: "Warta/Tim Grafis",
      alt: "Ilustrasi ruang sidang dengan deretan kursi, mikrofon, dan bendera",
    },
    tags: ["Iklim", "Lingkungan"],
    body: [
      "MANADO, Warta — Delegasi dari 32 negara kepulauan dan pesisir menyepakati pembentukan dana bersama untuk adaptasi perubahan iklim. Kesepakatan itu menjadi hasil utama forum tingkat menteri yang berakhir di Manado, Sulawesi Utara, Sabtu (21/11/2026).",
      "Dana tersebut akan digunakan untuk membiayai proyek perlindungan pesisir, seperti tanggul dan restorasi mangrove, sistem peringatan dini bencana, serta relokasi permukiman yang terancam kenaikan muka air laut. Para peserta menargetkan modal awal sebesar 1,5 miliar dolar AS yang dihimpun dari iuran negara anggota, lembaga keuangan multilateral, dan donor swasta.",
      "Ketua sidang forum, Mele Taufa, delegasi dari salah satu negara kepulauan Pasifik, mengatakan negara-negara kecil tidak bisa terus menunggu komitmen pendanaan global yang lambat cair. “Garis pantai kami sudah mundur. Ada desa yang harus dipindahkan tahun depan. Kami butuh dana yang bisa diakses cepat, bukan janji yang dibahas bertahun-tahun,” ujarnya dalam pidato penutupan.",
      "Salah satu poin penting dalam kesepakatan adalah penyederhanaan prosedur pengajuan. Pemerintah daerah dan organisasi masyarakat di negara anggota dapat mengajukan proposal secara langsung untuk proyek bernilai kecil, tanpa harus melalui kementerian di tingkat pusat.",
      "Dana tersebut juga akan menyediakan skema asuransi bencana bersama, sehingga negara anggota dapat memperoleh pencairan cepat setelah badai atau banjir besar tanpa menunggu penilaian kerusakan yang memakan waktu berbulan-bulan.",
      "Kepala delegasi Indonesia, Ari Wibowo Santosa, menyebut Indonesia akan mengusulkan proyek percontohan restorasi mangrove di pesisir utara Jawa dan perlindungan pulau-pulau kecil di Maluku. Menurut dia, pengalaman Indonesia menghadapi banjir rob dapat menjadi pelajaran bagi negara lain.",
      "Organisasi lingkungan menyambut baik kesepakatan itu, tetapi mengingatkan bahwa dana adaptasi tidak boleh menggantikan kewajiban negara-negara penghasil emisi besar untuk menurunkan emisi.",
      {
        quote:
          "“Dana adaptasi penting, tetapi tanpa pengurangan emisi, kebutuhan adaptasi akan terus membengkak dan tidak akan pernah cukup.” — Maya Anggraeni, jaringan organisasi lingkungan Asia Tenggara",
      },
      "Sekretariat sementara dana tersebut akan berkedudukan di Jakarta hingga struktur permanen terbentuk pada 2028.",
    ],
  },
  {
    key: "banjir-vietnam-tengah",
    section: "internasional",
    title: "Banjir Besar Landa Vietnam Tengah, Puluhan Ribu Warga Dievakuasi",
    excerpt:
      "Hujan lebat selama empat hari membuat sungai-sungai di wilayah tengah Vietnam meluap, memaksa lebih dari 40.000 warga mengungsi.",
    authors: ["sinta-maharani"],
    publishedAt: "2026-11-23T17:26:00+07:00",
    image: {
      file: "banjir.jpg",
      caption: "Ilustrasi permukiman terendam banjir.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi deretan rumah terendam air cokelat di bawah langit mendung dan hujan",
    },
    tags: ["Banjir", "ASEAN", "Vietnam"],
    body: [
      "HANOI, Warta — Banjir besar melanda sejumlah provinsi di wilayah tengah Vietnam setelah hujan lebat turun selama empat hari berturut-turut. Hingga Senin (23/11/2026), otoritas penanggulangan bencana setempat mencatat lebih dari 40.000 warga dievakuasi dan sedikitnya 11 orang meninggal dunia.",
      "Curah hujan di beberapa wilayah pegunungan dilaporkan melampaui 700 milimeter dalam 72 jam. Sungai-sungai yang mengalir ke pesisir meluap dan merendam ribuan rumah, sawah, serta tambak. Sejumlah ruas jalan nasional terputus akibat tanah longsor, menghambat pengiriman bantuan ke desa-desa terpencil.",
      "Pejabat penanggulangan bencana di salah satu provinsi terdampak, Tran Minh Quang, mengatakan tim gabungan mengerahkan perahu dan helikopter untuk menjangkau warga yang terjebak di atap rumah. “Air naik sangat cepat pada malam hari. Prioritas kami sekarang adalah menyelamatkan warga dan memastikan pasokan air bersih,” ujarnya saat dihubungi.",
      "Wilayah tengah Vietnam memang rawan banjir setiap musim hujan, yang berlangsung dari September hingga Desember. Namun, warga menyebut banjir tahun ini datang lebih cepat dan lebih tinggi dibandingkan beberapa tahun terakhir.",
      "Banjir juga memukul sektor pertanian dan perikanan. Ribuan hektare sawah yang baru ditanami terendam, sementara tambak udang dan ikan di sepanjang pesisir jebol diterjang arus. Pemerintah provinsi memperkirakan kerugian awal mencapai triliunan dong dan masih akan bertambah.",
      "Perwakilan Indonesia di Hanoi memastikan tidak ada warga negara Indonesia yang menjadi korban. Pejabat perwakilan tersebut, Dimas Satrio, mengatakan pihaknya terus berkomunikasi dengan sekitar 60 WNI yang tinggal dan bekerja di wilayah terdampak, sebagian besar pelajar dan pekerja sektor manufaktur. “Kami imbau WNI mengikuti arahan otoritas setempat dan segera menghubungi hotline perwakilan jika membutuhkan bantuan,” ujarnya.",
      "Pusat koordinasi bantuan kemanusiaan ASEAN menyatakan siap mengirimkan bantuan logistik berupa tenda, alat penjernih air, dan perlengkapan kebersihan jika diminta pemerintah Vietnam. Sejumlah negara anggota ASEAN juga telah menyampaikan dukungan.",
      "Hujan diperkirakan masih akan turun hingga akhir pekan, sehingga otoritas setempat meminta warga di daerah rawan longsor tetap berada di tempat pengungsian.",
    ],
  },
  {
    key: "kode-etik-laut-china-selatan",
    section: "internasional",
    title: "Pejabat Senior ASEAN Sepakat Percepat Perundingan Kode Etik Laut China Selatan",
    kicker: "Diplomasi",
    excerpt:
      "Pertemuan pejabat senior di Jakarta menyepakati tiga putaran perundingan tambahan, meski isu krusial seperti sifat mengikat dokumen belum menemui titik temu.",
    authors: ["sinta-maharani", "bagus-pramono"],
    publishedAt: "2026-11-24T20:33:00+07:00",
    image: {
      file: "diplomasi.jpg",
      caption: "Ilustrasi meja perundingan.",
      credit: "Ilustrasi/Warta",
      alt: "Ilustrasi meja perundingan dengan mikrofon dan enam bendera di latar belakang",
    },
    tags: ["ASEAN", "Diplomasi", "Laut China Selatan"],
    body: [
      "JAKARTA, Warta — Pejabat senior negara-negara ASEAN sepakat mempercepat perundingan kode etik di Laut China Selatan. Dalam pertemuan di Jakarta yang berakhir Selasa (24/11/2026), para delegasi menyetujui tambahan tiga putaran perundingan pada paruh pertama 2027.",
      "Perundingan kode etik telah berlangsung bertahun-tahun tanpa kesepakatan final. Dokumen tersebut dimaksudkan untuk mengatur perilaku negara-negara di perairan yang disengketakan agar insiden di laut tidak berkembang menjadi konflik terbuka.",
      "Juru bicara delegasi tuan rumah, Andini Kartikasari, mengatakan pertemuan kali ini berhasil menyepakati sejumlah pasal teknis, antara lain mengenai mekanisme komunikasi darurat antarkapal dan kerja sama pencarian dan pertolongan. “Kemajuannya mungkin terlihat kecil, tetapi pasal-pasal ini penting untuk mencegah salah perhitungan di lapangan,” ujarnya.",
      "Menurut Andini, delegasi juga sepakat membentuk kelompok kerja kecil yang akan menyusun rumusan kompromi untuk pasal-pasal yang masih diperdebatkan. Kelompok kerja itu akan bertemu secara daring setiap bulan di antara putaran perundingan resmi.",
      "Namun, isu-isu krusial belum menemui titik temu. Di antaranya apakah kode etik akan mengikat secara hukum, cakupan wilayah yang diatur, serta mekanisme penyelesaian jika terjadi pelanggaran. Sejumlah negara mendorong dokumen yang mengikat, sementara pihak lain menginginkan pendekatan yang lebih lentur.",
      "Pengamat hubungan internasional dari sebuah pusat kajian Asia Tenggara di Jakarta, Hendrik Manuputty, menilai percepatan jadwal menunjukkan adanya kemauan politik, tetapi belum menjamin hasil. “Yang menentukan adalah apakah para pihak mau berkompromi pada pasal-pasal sulit. Menambah jadwal pertemuan saja tidak cukup,” katanya.",
      "Bagi Indonesia, stabilitas di kawasan tersebut berkaitan langsung dengan keamanan nelayan dan aktivitas ekonomi di perairan Natuna. Nelayan di wilayah itu beberapa kali melaporkan kehadiran kapal asing di zona tangkapan mereka.",
      "Ketua sebuah kelompok nelayan di Natuna, Syamsul Bahri, berharap kesepakatan apa pun nantinya dapat dirasakan langsung di laut. “Kami tidak paham bahasa diplomasi. Yang kami tahu, kalau kapal besar datang, kami yang kecil harus menyingkir. Kami hanya ingin bisa melaut dengan tenang,” katanya saat dihubungi dari Jakarta.",
      "Hasil pertemuan pejabat senior ini akan dilaporkan kepada para menteri luar negeri ASEAN dalam pertemuan awal tahun depan.",
    ],
  },
);

// --- Generation -----------------------------------------------------------

/** Small seeded PRNG (mulberry32), so the view counts are reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slugify(title) {
  const base = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (base.length <= 80) return base;
  const cut = base.slice(0, 81);
  return cut.slice(0, cut.lastIndexOf("-"));
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function renderBody(blocks) {
  return blocks
    .map((b) => {
      if (typeof b === "string") return `<p>${escapeHtml(b)}</p>`;
      if (b.h2) return `<h2>${escapeHtml(b.h2)}</h2>`;
      if (b.quote) return `<blockquote><p>${escapeHtml(b.quote)}</p></blockquote>`;
      if (b.list) return `<ul>${b.list.map((li) => `<li>${escapeHtml(li)}</li>`).join("")}</ul>`;
      throw new Error(`unknown block ${JSON.stringify(b)}`);
    })
    .join("");
}

function wordCount(blocks) {
  const text = blocks.map((b) => (typeof b === "string" ? b : b.h2 || b.quote || b.list.join(" "))).join(" ");
  return text.split(/\s+/).filter(Boolean).length;
}

const HOUR = 3600 * 1000;
const WIB = 7 * HOUR;

/** Formats an epoch (ms) as an ISO timestamp in Western Indonesian Time. */
function wib(ms) {
  return `${new Date(ms + WIB).toISOString().slice(0, 19)}+07:00`;
}

// Hour buckets for the view records: 2026-11-18 09:00 .. 2026-11-25 08:00 WIB.
const VIEWS_FROM = Date.parse("2026-11-18T09:00:00+07:00");
const VIEWS_TO = Date.parse("2026-11-25T08:00:00+07:00");

// Relative reading share by hour of day (WIB): quiet at night, peaks at
// breakfast, lunch and evening.
const DIURNAL = [
  0.35, 0.22, 0.15, 0.12, 0.15, 0.35, 0.7, 0.95, 1, 0.9, 0.8, 0.8, 0.95, 0.9, 0.75, 0.7, 0.75, 0.8, 0.85,
  0.95, 1, 0.9, 0.7, 0.5,
];

// Peak hourly audience per article (roughly the first hours after publishing)
// and how quickly interest fades (hours). Distinct levels keep rankings clear.
const VIEW_PROFILES = {
  "banjir-jakarta-timur": { peak: 400, tau: 30 },
  "inflasi-november": { peak: 290, tau: 36 },
  "bus-listrik-bekasi": { peak: 240, tau: 40 },
  "pansus-data-pemilih": { peak: 200, tau: 28 },
  "banjir-vietnam-tengah": { peak: 170, tau: 32 },
  "dbd-bandung": { peak: 150, tau: 48 },
  "subsidi-energi": { peak: 130, tau: 40 },
  "sekolah-demak": { peak: 95, tau: 36 },
  "surya-atap-industri": { peak: 60, tau: 60 },
  "guru-honorer-ntt": { peak: 18, tau: 400 },
};

function viewRecords(article, profile, seed) {
  const rand = rng(seed);
  const published = Date.parse(article.publishedAt);
  const records = [];
  let step = 0;
  for (let t = VIEWS_FROM; t <= VIEWS_TO; t += HOUR, step++) {
    if (t <= published) continue;
    const age = (t - published) / HOUR;
    // Every hour during the first day after publication, then every 2nd hour.
    if (age > 24 && step % 2 !== 0) continue;
    const ramp = age < 2 ? 0.6 + 0.2 * age : 1;
    const decay = Math.max(Math.exp(-age / profile.tau), 0.08);
    const hourOfDay = new Date(t + WIB).getUTCHours();
    const noise = 0.85 + rand() * 0.3;
    const count = Math.round(profile.peak * ramp * decay * DIURNAL[hourOfDay] * noise);
    records.push({
      type: "views",
      article: article.slug,
      at: wib(t),
      count: Math.min(400, Math.max(5, count)),
    });
  }
  return records;
}

// Build records.
articles.sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
const lines = [];
for (const s of sections) lines.push({ type: "section", ...s });
for (const a of authors) lines.push({ type: "author", ...a });

const slugs = new Set();
for (const a of articles) {
  a.slug = slugify(a.title);
  if (slugs.has(a.slug)) throw new Error(`duplicate slug ${a.slug}`);
  slugs.add(a.slug);
  const words = wordCount(a.body);
  if (words < 250 || words > 450) throw new Error(`${a.slug}: ${words} words`);
  const record = { type: "article", slug: a.slug, section: a.section, title: a.title };
  if (a.kicker) record.kicker = a.kicker;
  Object.assign(record, {
    excerpt: a.excerpt,
    authors: a.authors,
    publishedAt: a.publishedAt,
    body: renderBody(a.body),
    image: {
      src: `images/${a.image.file}`,
      caption: a.image.caption,
      credit: a.image.credit,
      alt: a.image.alt,
    },
    tags: a.tags,
    status: "published",
  });
  lines.push(record);
}

let seed = 1;
for (const [key, profile] of Object.entries(VIEW_PROFILES)) {
  const article = articles.find((a) => a.key === key);
  if (!article) throw new Error(`views: unknown article key ${key}`);
  lines.push(...viewRecords(article, profile, seed++));
}

await writeFile(OUT, `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
console.log(`wrote ${lines.length} lines to ${OUT}`);
