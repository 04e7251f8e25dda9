import PDFDocument from "pdfkit";
import { formatPrice } from "../../shared/money/salary-text";
import type { Invoice, InvoiceParty } from "./invoice.types";
import { invoiceDay } from "./payment-provider";

/** Characters the PDF's standard fonts (Helvetica, WinAnsi encoding) can show beyond printable ASCII and Latin-1. */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const showable = (c: string) => (c >= " " && c <= "~") || (c >= "\u00a0" && c <= "\u00ff") || WIN_ANSI_EXTRA.has(c);

/**
 * Text as the standard fonts can draw it: Latin letters with accents stay (é, ü, ß), others lose
 * what the fonts lack (ą → a), and anything else becomes "?" rather than garbage glyphs. The HTML
 * invoice shows every script; embedding a Unicode font is the way to do the same here.
 */
export function pdfText(text: string): string {
  let out = "";
  for (const c of text.replace(/[\r\n\t]+/g, " ")) {
    if (showable(c)) out += c;
    else {
      const bare = c.normalize("NFKD").replace(/\p{M}/gu, "");
      out += bare && [...bare].every(showable) ? bare : "?";
    }
  }
  return out;
}

/** What the status line says: "UNPAID", "PAID on 2 Jan 2027", "CANCELLED". */
export function statusText(invoice: Pick<Invoice, "status" | "paidAt">): string {
  return invoice.status === "PAID" && invoice.paidAt ? `PAID on ${invoiceDay(invoice.paidAt)}` : invoice.status;
}

const INK = "#16161d";
const MUTED = "#5d5d6e";
const ACCENT = "#4f46e5";
const RULE = "#e4e4ee";

/**
 * An invoice as an A4 PDF (pdfkit): the same facts as its HTML page — number, dates, status,
 * seller, buyer, the line, the total and how to pay. Text only, in the standard Helvetica.
 */
export function renderInvoicePdf(invoice: Invoice): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    info: { Title: `Invoice ${invoice.number}`, Author: pdfText(invoice.seller.name), Subject: pdfText(invoice.line.jobTitle) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const half = (width - 30) / 2;
  const total = formatPrice(invoice.total.amount, invoice.total.currency);

  // Heading: the seller's name, "Invoice", and the invoice's facts on the right.
  doc.fillColor(ACCENT).font("Helvetica-Bold").fontSize(20).text(pdfText(invoice.seller.name), left, 50, { width: half });
  doc
    .fillColor(INK)
    .fontSize(26)
    .text("Invoice", left + half + 30, 50, { width: half, align: "right" });
  const facts: [string, string][] = [
    ["Invoice number", invoice.number],
    ["Issue date", invoiceDay(invoice.issuedAt)],
    ["Due date", invoiceDay(invoice.dueAt)],
    ["Status", statusText(invoice)],
  ];
  let y = 95;
  for (const [label, value] of facts) {
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor(MUTED)
      .text(label, left + half + 30, y, { width: half / 2 });
    doc
      .font("Helvetica-Bold")
      .fontSize(10)
      .fillColor(INK)
      .text(pdfText(value), left + half + 30 + half / 2, y, { width: half / 2, align: "right" });
    y += 16;
  }

  // The parties, side by side.
  const top = Math.max(y, doc.y) + 24;
  const party = (heading: string, p: InvoiceParty, x: number) => {
    doc.font("Helvetica-Bold").fontSize(9).fillColor(MUTED).text(heading.toUpperCase(), x, top, { width: half, characterSpacing: 0.5 });
    doc.moveDown(0.4).font("Helvetica-Bold").fontSize(11).fillColor(INK).text(pdfText(p.name), { width: half });
    doc.font("Helvetica").fontSize(10);
    for (const line of [...p.addressLines, ...(p.country ? [p.country] : [])]) doc.text(pdfText(line), { width: half });
    if (p.taxId) doc.text(`VAT / tax id: ${pdfText(p.taxId)}`, { width: half });
    if (p.email) doc.text(pdfText(p.email), { width: half });
    return doc.y;
  };
  const bottom = Math.max(party("From", invoice.seller, left), party("Bill to", invoice.buyer, left + half + 30));

  // The line and the total.
  y = bottom + 30;
  const amountWidth = 110;
  const durationWidth = 120;
  const descriptionWidth = width - amountWidth - durationWidth;
  const row = (cells: [string, string, string], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica");
    const heights = [
      doc.heightOfString(cells[0], { width: descriptionWidth - 10 }),
      doc.heightOfString(cells[1], { width: durationWidth - 10 }),
    ];
    doc.text(cells[0], left, y, { width: descriptionWidth - 10 });
    doc.text(cells[1], left + descriptionWidth, y, { width: durationWidth - 10 });
    doc.text(cells[2], left + descriptionWidth + durationWidth, y, { width: amountWidth, align: "right" });
    y += Math.max(...heights) + 10;
    doc
      .moveTo(left, y - 5)
      .lineTo(left + width, y - 5)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
  };
  doc.fontSize(9).fillColor(MUTED);
  row(["DESCRIPTION", "DURATION", "AMOUNT"], true);
  doc.fontSize(10).fillColor(INK);
  const { line } = invoice;
  const featured = line.featuredDays > 0 ? `, featured for ${line.featuredDays}` : "";
  row(
    [
      `${pdfText(line.planName)} plan: job posting "${pdfText(line.jobTitle)}"`,
      `${line.durationDays} days${featured}`,
      formatPrice(line.amount.amount, line.amount.currency),
    ],
    false,
  );
  y += 4;
  doc
    .font("Helvetica-Bold")
    .fontSize(12)
    .text(`Total (${invoice.total.currency})`, left, y, { width: width - amountWidth });
  doc.text(total, left + width - amountWidth, y, { width: amountWidth, align: "right" });
  y += 36;

  // How to pay.
  doc.font("Helvetica-Bold").fontSize(9).fillColor(MUTED).text("HOW TO PAY", left, y, { width, characterSpacing: 0.5 });
  doc.moveDown(0.4).font("Helvetica").fontSize(10).fillColor(INK);
  if (invoice.status === "PAID") doc.text(`Paid in full, thank you (${statusText(invoice)}).`, { width });
  else if (invoice.status === "CANCELLED") doc.text("This invoice was cancelled: nothing is due.", { width });
  else {
    doc.text(`${invoice.payment.method}: ${total}`, { width });
    for (const text of invoice.payment.lines) doc.text(pdfText(text), { width });
    if (invoice.payment.payUrl) doc.fillColor(ACCENT).text(invoice.payment.payUrl, { width, link: invoice.payment.payUrl });
  }

  doc
    .font("Helvetica")
    .fontSize(8)
    .fillColor(MUTED)
    .text("HiredinAI never asks for card details by email or on an invoice.", left, doc.page.height - 70, { width, align: "center" });
  doc.end();
  return done;
}
