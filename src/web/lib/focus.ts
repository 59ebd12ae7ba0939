// After moving to another page, focus goes to its h1 so keyboard and screen reader users start
// at the new content. Not on the first page load: there, reading starts at the top as usual.
let headingWanted = false;

/** Called when the location changes after the first page. */
export function requestHeadingFocus(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    heading.focus();
    headingWanted = false;
  } else {
    // The page is still loading its code; its heading takes focus when it appears.
    headingWanted = true;
  }
}

/** Called by a page heading as it appears: true once, if focus should move to it. */
export function takeHeadingFocus(): boolean {
  const wanted = headingWanted;
  headingWanted = false;
  return wanted;
}
