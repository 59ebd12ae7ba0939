import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SUGGESTION_DECIDED':
    'এই পরামর্শটি আর অপেক্ষায় নেই: এটি গ্রহণ করা, নাকচ করা বা ফিরিয়ে নেওয়া হয়েছে। কিছুই বদলানো হয়নি।',
  'error.WM_SUGGESTION_ITEM_GONE':
    'এই পরামর্শটি যে বিষয় নিয়ে, তা মুছে ফেলা হয়েছে, তাই এটি বদলানো যাবে না। কিছুই বদলানো হয়নি।',
  'error.WM_SUGGESTION_TOO_MANY':
    'এই মানুষটির জন্য আপনার {max}টি পরামর্শ আগে থেকেই অপেক্ষায় আছে। তিনি কয়েকটি দেখে নেওয়া পর্যন্ত অপেক্ষা করুন।',
} satisfies Words;
