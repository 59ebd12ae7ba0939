// Text the page shows as one piece though it runs across elements: a sentence with the person's
// own words in a <bdi> of their own (lib/own-words.tsx) is "Back to " + <bdi>Sam</bdi>.
// Testing Library's getByText reads only an element's own text; this reads all of it.

const shown = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** For getByText and friends: the innermost element whose whole text is (or matches) `text`. */
export function wholeText(text: string | RegExp) {
  const matches = (element: Element) =>
    typeof text === 'string' ? shown(element) === text : text.test(shown(element));
  return (_content: string, element: Element | null): boolean =>
    element !== null && matches(element) && ![...element.children].some(matches);
}
