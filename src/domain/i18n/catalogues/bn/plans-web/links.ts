import type { Words } from '../../../translate.ts';

export default {
  'links.title': 'আমার সংকট পরিকল্পনার জরুরি লিংক',
} satisfies Words;
