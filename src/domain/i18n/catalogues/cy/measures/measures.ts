import type { Words } from '../../../translate.ts';

export default {
  'measures.needsWording': 'Mae angen i’ch gwasanaeth lwytho geiriad yr holiadur hwn',
  'measures.support':
    'Mae rhai o’ch atebion yn dweud bod pethau’n anodd ar hyn o bryd. Mae eich cynllun diogelwch a’ch cynllun argyfwng yma pryd bynnag rydych chi eu heisiau.',
  'measures.import.needsUrlAndVersion':
    'yr holiadur: mae angen “url” a “version”, fel bod atebion a ffeiliau geiriad yn gallu enwi’r holiadur hwn',
  'measures.import.taken':
    'yr holiadur: mae holiadur “{url}” fersiwn {version} wedi’i gadw’n barod gyda chynnwys gwahanol. Rhowch fersiwn arall i’r un newydd.',
} satisfies Words;
