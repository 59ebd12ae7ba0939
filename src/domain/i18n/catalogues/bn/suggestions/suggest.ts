import type { Words } from '../../../translate.ts';

export default {
  'suggest.title': '{what} নিয়ে একটি বদলের পরামর্শ দিন',
  'suggest.titleNew': '{name}-এর জন্য একটি নতুন লক্ষ্যের পরামর্শ দিন',
  'suggest.intro': '{name} আপনার পরামর্শ দেখে সিদ্ধান্ত নেবেন। তিনি গ্রহণ না করলে তাঁর রেকর্ডে কিছুই বদলাবে না।',
  'suggest.newStep': 'একটি ধাপ যোগ করুন (ইচ্ছা হলে)',
  'suggest.step': 'ধাপ {n}',
  'suggest.send': 'পরামর্শ পাঠান',
  'suggest.sent': 'আপনার পরামর্শ {name}-কে পাঠানো হয়েছে। এর কী হলো তা আপনি আপনার পেজে দেখতে পাবেন।',
} satisfies Words;
