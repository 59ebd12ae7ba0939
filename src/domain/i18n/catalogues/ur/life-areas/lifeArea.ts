import type { Words } from '../../../translate.ts';

export default {
  'lifeArea.default.home': 'گھر اور رہنے کی جگہ',
  'lifeArea.default.money': 'پیسہ',
  'lifeArea.default.work': 'کام، پڑھائی اور رضاکارانہ کام',
  'lifeArea.default.relationships': 'دوست اور رشتے',
  'lifeArea.default.family': 'خاندان',
  'lifeArea.default.body': 'جسمانی صحت',
  'lifeArea.default.mind': 'ذہنی صحت اور اچھا محسوس کرنا',
  'lifeArea.default.safety': 'محفوظ محسوس کرنا',
  'lifeArea.default.leisure': 'وہ چیزیں جو مجھے اچھی لگتی ہیں',
} satisfies Words;
