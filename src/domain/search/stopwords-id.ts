/**
 * Indonesian function words dropped before indexing and from queries: they occur in nearly every
 * story, so they only cost index space and never tell stories apart. Content words that merely
 * look common in news ("pemerintah", "warga") are deliberately not here.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `ada adalah agar akan akhirnya aku amat anda antara apa apabila apakah atas atau bagaimana bagi
  bahkan bahwa banyak beberapa begitu belum berapa bersama bila bisa boleh bukan dalam dan dapat
  dari daripada demi dengan di dia diri dimana dua ia ialah ini itu jadi jika juga justru kah kalau
  kami kamu karena ke kemudian kenapa kepada ketika kini kita lagi lah lain lalu maka mana masih
  melalui mereka meski meskipun mungkin namun nanti nya oleh pada padahal para per pernah pula pun
  saat saja sambil sampai sang sangat saya se sebab sebagai sebelum sebuah sedang sedangkan sehingga
  sejak selain selama seluruh semua sementara seorang seperti sering serta sesudah setelah setiap
  si suatu sudah supaya tak tanpa tapi telah tengah tentang tentu tersebut tetapi tiap tidak turut
  untuk walau walaupun yaitu yakni yang`.split(/\s+/),
);
