// After moving to another page, focus goes to its h1 so keyboard and screen reader users start
// at the new content. Not on the first page load: there, reading starts at the top as usual.
let headingWanted = false;

/**
 * Called when the location changes after the first page. The layout asks as the address
 * changes, before the router inside it has put the new page in (Preact renders each of them in
 * its own pass), so look once that work is done: looking at once found the old page's heading,
 * which took focus and lost it to the body as its page went.
 */
export function requestHeadingFocus(): void {
  headingWanted = false;
  queueMicrotask(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    // Still loading its code: the page's heading takes focus when it appears.
    if (heading) heading.focus();
    else headingWanted = true;
  });
}

/** Called by a page heading as it appears: true once, if focus should move to it. */
export function takeHeadingFocus(): boolean {
  const wanted = headingWanted;
  headingWanted = false;
  return wanted;
}
