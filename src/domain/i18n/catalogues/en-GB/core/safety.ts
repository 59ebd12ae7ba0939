export default {
  'safety.title': 'Using Waymark safely',
  'safety.quickExit':
    'If someone may see your screen, use “Exit this page” at the top of every page, or press the Shift key 3 times. Waymark is replaced at once by an everyday website. You stay signed in, so you can come back quickly.',
  'safety.back':
    'The Back button then goes to the page you were on before Waymark. Waymark pages may still be in this browser’s history list.',
  'safety.private':
    'On a device someone else uses, open Waymark in a private or incognito window. When you close it, the browser forgets the pages you visited.',
  'safety.history':
    'Otherwise, sign out when you finish. Then clear this browser’s history for Waymark. Search the browser’s help for “clear browsing history” to find out how.',
} as const;
