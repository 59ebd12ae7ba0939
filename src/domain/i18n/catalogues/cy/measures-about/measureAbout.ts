import type { Words } from '../../../translate.ts';

export default {
  'measureAbout.phq-9':
    'Sut rydych chi wedi bod yn teimlo dros y 2 wythnos diwethaf: eich hwyliau, eich cwsg, eich egni, a faint rydych chi’n mwynhau pethau.',
  'measureAbout.gad-7':
    'Pa mor bryderus, nerfus neu ar bigau’r drain rydych chi wedi teimlo yn y 2 wythnos diwethaf, a sut mae’n effeithio arnoch chi.',
  'measureAbout.qpr-15':
    'Sut mae eich adferiad yn teimlo i chi ar hyn o bryd: gobaith, teimlo bod gennych chi reolaeth dros eich bywyd, a’ch lle gyda phobl eraill.',
  'measureAbout.wellbeing':
    'Sut rydych chi wedi bod yn teimlo ac yn meddwl dros y 2 wythnos diwethaf.',
  'measureAbout.reqol':
    'Sut rydych chi wedi bod yn meddwl, yn teimlo ac yn dod ymlaen â bywyd dros yr wythnos ddiwethaf.',
  'measureAbout.questions': '{count} cwestiwn. Tua {minutes} munud.',
  'measureAbout.statements': '{count} datganiad. Tua {minutes} munud.',
  'measureAbout.imported': 'Holiadur a ychwanegwyd gan eich gwasanaeth.',
} satisfies Words;
