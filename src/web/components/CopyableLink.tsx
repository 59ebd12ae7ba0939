// A link shown once: in a box that selects itself when focused, with a Copy button that says
// whether the copy worked. Without a clipboard (plain http, say) it selects the link instead,
// so the person can copy it by hand. The words are the caller's: a link to what, and why.
import { useRef, useState } from 'preact/hooks';

export type CopyableLinkWords = {
  label: string;
  copy: string;
  copied: string;
  copyByHand: string;
};

export function CopyableLink({
  id,
  url,
  words,
}: {
  id: string;
  url: string;
  words: CopyableLinkWords;
}) {
  const input = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(words.copied);
    } catch {
      input.current?.select();
      setCopied(words.copyByHand);
    }
  };

  return (
    <>
      <div class="field">
        <label class="label" for={id}>
          {words.label}
        </label>
        <textarea
          ref={input}
          class="input textarea link-url"
          id={id}
          rows={3}
          dir="auto"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <button type="button" class="button" onClick={copy}>
        {words.copy}
      </button>
      <div role="status">{copied && <p>{copied}</p>}</div>
    </>
  );
}
