import type { Words } from '../../../translate.ts';

export default {
  'invitations.takePart': 'وہ آپ کے ساتھ آپ کے جائزوں پر بھی کام کر سکتے ہیں',
} satisfies Words;
