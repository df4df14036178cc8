/** Posts a body and reports the status code; network failures and timeouts reject. */
export type HttpPost = (
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
) => Promise<{ status: number }>;

/** The real client: fetch, no redirects followed (a receiver must answer at the URL it gave). */
export const fetchPost: HttpPost = async (url, body, headers, timeoutMs) => {
  const res = await fetch(url, {
    method: "POST",
    body,
    headers,
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  await res.body?.cancel();
  return { status: res.status };
};
