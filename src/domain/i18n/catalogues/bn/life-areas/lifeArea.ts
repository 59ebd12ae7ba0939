import type { Words } from '../../../translate.ts';

export default {
  'lifeArea.default.home': 'বাড়ি আর আমি যেখানে থাকি',
  'lifeArea.default.money': 'টাকাপয়সা',
  'lifeArea.default.work': 'কাজ, শেখা আর স্বেচ্ছাসেবা',
  'lifeArea.default.relationships': 'বন্ধু আর সম্পর্ক',
  'lifeArea.default.family': 'পরিবার',
  'lifeArea.default.body': 'শারীরিক স্বাস্থ্য',
  'lifeArea.default.mind': 'মানসিক স্বাস্থ্য আর ভালো থাকা',
  'lifeArea.default.safety': 'নিরাপদ বোধ করা',
  'lifeArea.default.leisure': 'যা করতে আমার ভালো লাগে',
} satisfies Words;
