import qrcode from "qrcode-terminal";

/** The QR as terminal art on stderr (stdout carries the JSON log lines). */
export function printQrToTerminal(qr: string): void {
  qrcode.generate(qr, { small: true }, (art: string) => {
    process.stderr.write(`\nScan this with WhatsApp → Linked devices → Link a device:\n${art}\n`);
  });
}

export function printPairingCodeToTerminal(code: string): void {
  process.stderr.write(
    `\nWhatsApp → Linked devices → Link with phone number instead, then enter: ${code}\n`,
  );
}
