// How a notification email leaves: through SMTP (nodemailer) when SMTP_HOST is set, otherwise
// written to the log, so that trying Waymark on one machine shows what would have been sent.
import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';
import type { SmtpConfig } from '../../config.ts';

export type Email = { to: string; subject: string; text: string };
export type Mailer = { send(email: Email): Promise<void>; close(): void };

/** How long one SMTP conversation may take before the try counts as failed. */
const SMTP_TIMEOUT_MS = 20_000;

export function createMailer(smtp: SmtpConfig | null, log: FastifyBaseLogger): Mailer {
  if (!smtp) {
    return {
      async send(email) {
        log.info(
          { email: { to: email.to, subject: email.subject, text: email.text } },
          'email not sent: SMTP is not configured (SMTP_HOST), so it is written here instead',
        );
      },
      close() {},
    };
  }
  // nodemailer is loaded with the first email, not at start: it is about 5 MiB of the server's
  // memory for its whole life, and many installations send email rarely (decision 0021, evening
  // addendum).
  let transport: Promise<Transporter> | undefined;
  const open = async () =>
    (await import('nodemailer')).default.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.tls === 'implicit',
      requireTLS: smtp.tls === 'starttls',
      ignoreTLS: smtp.tls === 'none',
      auth: smtp.user && smtp.password ? { user: smtp.user, pass: smtp.password } : undefined,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    });
  return {
    async send(email) {
      // A transport that could not be made is not kept: the next email tries again.
      transport ??= open().catch((error: unknown) => {
        transport = undefined;
        throw error;
      });
      await (await transport).sendMail({
        from: smtp.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
      });
    },
    close: () => void transport?.then((opened) => opened.close()),
  };
}
