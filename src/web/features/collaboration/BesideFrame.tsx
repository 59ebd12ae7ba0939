// The frame both things beside the record share (comments on a goal, views beside a plan or a
// rating): a titled section, a line saying whose words these are beside, a status a screen
// reader hears after an action, and a problem shown when one fails.
import type { ComponentChildren } from 'preact';

export function BesideFrame(props: {
  id: string;
  title: string;
  intro: ComponentChildren;
  status: string;
  failure: string | null;
  children: ComponentChildren;
}) {
  const { id, title, intro, status, failure, children } = props;
  return (
    <section class="beside" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p class="hint">{intro}</p>
      <p role="status" class="visually-hidden">
        {status}
      </p>
      {failure && (
        <p class="problem" role="alert">
          {failure}
        </p>
      )}
      {children}
    </section>
  );
}
