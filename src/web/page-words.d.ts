// `import askForWords from './SomePage.tsx?words'` (scripts/words-plugin.ts): a function that
// asks, in the given language, for the words of every part the page shows (the core's included)
// in one file. first-pages.ts calls it beside the page's code.
declare module '*?words' {
  const askForWords: (language: import('../domain/i18n/languages.ts').LanguageCode) => void;
  export default askForWords;
}
