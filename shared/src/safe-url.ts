/**
 * True for an absolute http(s) web address; otherwise a message saying what to fix.
 * Editors' links reach every reader, so javascript:, data: and relative links are refused.
 */
export function checkHttpUrl(value: unknown): true | string {
  if (typeof value !== 'string' || !value.trim()) return 'Enter a web address starting with https://'
  const text = value.trim()
  // Browsers ignore tabs, newlines and control characters inside a scheme ("java\tscript:").
  if (/[\u0000-\u001f\u007f\s]/.test(text)) {
    return 'A web address cannot contain spaces or line breaks. Check the address and paste it again.'
  }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return `"${text}" is not a complete web address. Links must start with https:// (or http://).`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `Links must start with https:// or http:// (${url.protocol} links are not allowed).`
  }
  if (!url.hostname || !url.hostname.includes('.') && url.hostname !== 'localhost') {
    return `"${text}" has no valid website name. Check the address, for example https://www.nhs.uk/.`
  }
  if (url.username || url.password) return 'Remove the user name or password from the web address.'
  return true
}
