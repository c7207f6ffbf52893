/**
 * The upload itself: a PUT straight to storage through the presigned URL, with progress from XMLHttpRequest's
 * upload events (fetch reports none). The URL is signed for the content type (and the length, which the
 * browser sets from the file): the PUT sends exactly those.
 */
export function putFile(url: string, file: Blob, headers: Record<string, string>, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((done, fail) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) {
      // Browsers set these themselves and refuse to let a page do it.
      if (!['content-length', 'host'].includes(name.toLowerCase())) request.setRequestHeader(name, value);
    }
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        done();
      } else fail(new Error(storageRefusal(request.status, request.responseText)));
    });
    request.addEventListener('error', () => fail(new Error('The upload could not reach the storage service.')));
    request.addEventListener('timeout', () => fail(new Error('The upload took too long.')));
    request.send(file);
  });
}

function storageRefusal(status: number, body: string): string {
  const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1];
  if (status === 403 && /expired/i.test(message ?? '')) return 'The upload link expired before the file was sent: try again.';
  return `Storage refused the file (HTTP ${status})${message ? `: ${message}` : ''}.`;
}
