// The page a one-time password link opens: a service admin's set-up link, or a reset link. The
// person chooses a password; the link is checked only when the form is sent, and one that does
// not work (used, too old, unknown) says so in one way, with where to go next.
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import type { ErrorCode } from '../../domain/errors.ts';
import type { z } from '../../domain/validation.ts';
import { asApiError } from '../lib/api.ts';
import { useForm, validate } from '../lib/form.ts';
import { usePrefetch } from '../lib/lazy-schema.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { NewPasswordField } from './fields.tsx';
import { PageHeading } from './PageHeading.tsx';

type Words = { title: string; intro: string; submit: string };
type Gone = { title: string; body: string; link: { href: string; label: string } };

export function PasswordLinkForm<T extends { token: string; password: string }>(props: {
  token: string;
  schema: () => Promise<z.ZodType<T>>;
  words: Words;
  gone: Gone;
  /** The code the server refuses a link that does not work with. */
  invalidCode: ErrorCode;
  /** Sends the checked token and password; then the page moves on. */
  send: (input: T) => Promise<void>;
}) {
  const [gone, setGone] = useState(false);
  const form = useForm({ password: '' });
  const { values, errors } = form;
  usePrefetch(props.schema);

  if (gone)
    return (
      <>
        <PageHeading title={props.gone.title} />
        <p>{props.gone.body}</p>
        <p>
          <Link href={props.gone.link.href}>{props.gone.link.label}</Link>
        </p>
      </>
    );

  const submit = (event: Event) => {
    event.preventDefault();
    return form.run(async () => {
      const checked = await validate(props.schema, {
        token: props.token,
        password: values.password,
      });
      // A token no link of ours could have is a link that does not work, not a field to fix.
      if (!checked.ok && checked.errors.token) return setGone(true);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      try {
        await props.send(checked.data);
      } catch (error) {
        if (asApiError(error).code === props.invalidCode) setGone(true);
        else throw error;
      }
    });
  };

  const { hasErrors } = form;
  return (
    <>
      <PageHeading title={props.words.title} hasErrors={hasErrors} />
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      <p class="lead">{props.words.intro}</p>
      <form class="form" noValidate onSubmit={submit}>
        <NewPasswordField
          value={values.password}
          error={errors.password}
          onInput={(value) => form.set('password', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {props.words.submit}
        </button>
      </form>
    </>
  );
}
