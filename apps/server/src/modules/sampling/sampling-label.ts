// The printable sample label: number, product, date and a QR code of the number, as one SVG
// (60 × 40 mm) that the browser prints at its real size.
import QRCode from 'qrcode';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Keeps a product name on one label line. */
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function sampleLabelSvg(label: { sampleNo: string; productName: string; sampledOn: string; operatorName: string }): Promise<string> {
  const qr = await QRCode.toString(label.sampleNo, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const inner = qr.replace(/^[\s\S]*?<svg[^>]*viewBox="([^"]+)"[^>]*>/, '<svg x="196" y="24" width="96" height="96" viewBox="$1">');
  const line = (y: number, size: number, text: string, weight = 'normal') =>
    `<text x="12" y="${y}" font-size="${size}" font-weight="${weight}" font-family="sans-serif">${escapeXml(text)}</text>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="60mm" height="40mm" viewBox="0 0 300 200">',
    '<rect x="1" y="1" width="298" height="198" fill="#fff" stroke="#000" stroke-width="2"/>',
    line(30, 16, '食品安全抽样检验 样品标签', 'bold'),
    line(62, 15, label.sampleNo, 'bold'),
    line(92, 13, `样品：${shorten(label.productName, 12)}`),
    line(118, 13, `抽样日期：${label.sampledOn}`),
    line(144, 12, `被抽样单位：${shorten(label.operatorName, 11)}`),
    line(182, 10, '封样后请勿拆封'),
    inner,
    '</svg>',
  ].join('');
}
