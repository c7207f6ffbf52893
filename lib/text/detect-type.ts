import { NoticeCheckError } from '../errors.ts';

export type DocumentFormat = 'pdf' | 'txt' | 'docx' | 'eml' | 'msg';

export interface TypeHints {
  fileName: string;
  contentType?: string;
}

const PDF_CONTENT_TYPES = ['application/pdf', 'application/x-pdf'];
const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', '']);

/** Formats we recognise by their first bytes but cannot read: named so the message can say what to do. */
const KNOWN_BINARY_SIGNATURES: Array<{ bytes: number[]; name: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], name: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], name: 'a TIFF image' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'a legacy Word/Office (.doc) file' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF file' },
];

const SUPPORTED = 'Supported formats are PDF, .docx, UTF-8 .txt and emails (.eml, Outlook .msg).';

const startsWith = (bytes: Uint8Array, signature: number[]): boolean => signature.every((byte, index) => bytes[index] === byte);

/** The PDF spec lets readers accept junk before the header, and real files have it (mail gateways, printers). */
const hasPdfHeader = (bytes: Uint8Array): boolean => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
};

const isCompoundFile = (bytes: Uint8Array): boolean => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An Outlook .msg is a compound file whose streams are named "__substg1.0_<property>" (UTF-16 in the directory). */
const looksLikeOutlookMessage = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('__substg1.0_', 'utf16le'));

/**
 * A raw RFC 5322 message starts with header fields and carries at least one field that only mail transport
 * writes (a printed or pasted email — "From:/Sent:/To:" typed at the top of a .txt — has none of them).
 */
const looksLikeRawEmail = (bytes: Uint8Array): boolean => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024));
  const headerSection = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  if (!/^[!-9;-~]+:/.test(headerSection)) return false;
  const fields = new Set([...headerSection.matchAll(/^([!-9;-~]+):/gm)].map((m) => (m[1] ?? '').toLowerCase()));
  const transport = ['mime-version', 'received', 'message-id', 'return-path', 'dkim-signature', 'x-mailer'];
  return fields.has('from') && transport.some((field) => fields.has(field));
};

const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

/** A .docx is a zip whose part names are stored in plain ASCII in the local file headers. */
const looksLikeWordZip = (bytes: Uint8Array): boolean =>
  new TextDecoder('latin1').decode(bytes.subarray(0, 256 * 1024)).includes('word/document.xml');

/** Text has no NUL bytes (UTF-16 files are recognised separately by their BOM). */
const looksLikeText = (bytes: Uint8Array): boolean => {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  return !bytes.subarray(0, 8192).includes(0);
};

/**
 * The file name's extension in lower case, read from the last path segment (Windows or POSIX); empty
 * for no extension or a dot file.
 * @example extensionOf('C:\\scans\\Notice.Final.PDF') // 'pdf'; extensionOf('.bashrc') // ''
 */
export const extensionOf = (fileName: string): string => {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
};

const baseContentType = (contentType: string | undefined): string =>
  (contentType ?? '')
    .replace(/;[\s\S]*$/, '')
    .trim()
    .toLowerCase();

/**
 * Decides how to read a file: magic bytes first (a PDF renamed .txt is still a PDF), then the name and
 * content type (a raw email with transport headers is an email whatever its name). Throws NOT_A_PDF when a file claims to be a PDF but is not, UNSUPPORTED_TYPE otherwise.
 * @example detectType(bytes('%PDF-1.7 ...'), { fileName: 'notice.bin' }) // 'pdf'
 */
export function detectType(bytes: Uint8Array, hints: TypeHints): DocumentFormat {
  const extension = extensionOf(hints.fileName);
  const contentType = baseContentType(hints.contentType);
  const claimsPdf = extension === 'pdf' || PDF_CONTENT_TYPES.includes(contentType);
  const claimsDocx = extension === 'docx' || contentType === DOCX_CONTENT_TYPE;

  if (hasPdfHeader(bytes)) return 'pdf';
  if (isZip(bytes) && (claimsDocx || looksLikeWordZip(bytes))) return 'docx';
  if (isCompoundFile(bytes) && (extension === 'msg' || contentType === 'application/vnd.ms-outlook' || looksLikeOutlookMessage(bytes)))
    return 'msg';
  if (looksLikeText(bytes) && (extension === 'eml' || contentType === 'message/rfc822' || looksLikeRawEmail(bytes))) return 'eml';

  const known = KNOWN_BINARY_SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  if (claimsPdf) {
    const what = known ? ` It looks like ${known.name}.` : '';
    throw new NoticeCheckError(
      'NOT_A_PDF',
      `${hints.fileName} is named or labelled as a PDF but does not contain PDF data.${what} Check that the right file was uploaded, or re-export it as PDF.`,
    );
  }
  if (known) {
    throw new NoticeCheckError('UNSUPPORTED_TYPE', `${hints.fileName} is ${known.name}, which cannot be read. ${SUPPORTED}`, {
      details: { detected: known.name },
    });
  }
  if (claimsDocx || isZip(bytes)) {
    throw new NoticeCheckError(
      'UNSUPPORTED_TYPE',
      `${hints.fileName} is not a valid Word document (.docx). Re-save it from Word, or export it to PDF. ${SUPPORTED}`,
    );
  }
  const claimsText = TEXT_EXTENSIONS.has(extension) || contentType.startsWith('text/plain');
  if (claimsText && looksLikeText(bytes)) return 'txt';
  throw new NoticeCheckError(
    'UNSUPPORTED_TYPE',
    `${hints.fileName} is not a supported document type${extension ? ` (.${extension})` : ''}. ${SUPPORTED}`,
    { details: { extension, contentType: contentType || null } },
  );
}
