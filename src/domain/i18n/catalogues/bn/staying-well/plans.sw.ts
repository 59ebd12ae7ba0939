import type { Words } from '../../../translate.ts';

export default {
  'plans.sw.intro':
    'কী আপনাকে ভালো রাখে, আপনার নিজের কথায়। ছোট আর নির্দিষ্ট জিনিস লিখলে সবচেয়ে ভালো হয়। সবচেয়ে গুরুত্বপূর্ণটি আগে রাখুন।',
  'plans.sw.empty':
    'আপনি এখনো এই পরিকল্পনা শুরু করেননি। এমন একটি জিনিস দিয়ে শুরু করুন যা আপনি করেন আর যা সাহায্য করে, যত ছোটই হোক।',
  'plans.sw.save': 'ভালো থাকার পরিকল্পনা সেভ করুন',
  'plans.sw.daily': 'ভালো থাকতে আমি প্রতিদিন যা করি',
  'plans.sw.daily.hint': 'যেমন: "সকাল 10টার আগে হেঁটে দোকানে গিয়ে ফিরে আসা", "বোনকে টেক্সট করা"।',
  'plans.sw.daily.item': 'প্রতিদিন, {number} নম্বর',
  'plans.sw.daily.add': 'প্রতিদিন করি এমন কিছু যোগ করুন',
  'plans.sw.weekly': 'আমি প্রতি সপ্তাহে যা করি',
  'plans.sw.weekly.hint': 'যেমন: "শনিবার ফুটবল", "রবিবার সন্ধ্যায় বাবাকে ফোন করা"।',
  'plans.sw.weekly.item': 'প্রতি সপ্তাহে, {number} নম্বর',
  'plans.sw.weekly.add': 'প্রতি সপ্তাহে করি এমন কিছু যোগ করুন',
  'plans.sw.triggers': 'যা আমাকে অস্থির করে তুলতে পারে, আর কী সাহায্য করে',
  'plans.sw.triggers.hint':
    'যেমন: "টাকাপয়সা নিয়ে চিঠি", আর কী সাহায্য করে: "আমার কি ওয়ার্কারের সাথে বসে চিঠি খোলা"।',
  'plans.sw.triggers.item': 'ট্রিগার {number}',
  'plans.sw.triggers.add': 'একটি ট্রিগার যোগ করুন',
  'plans.sw.triggers.trigger': 'যা আমাকে অস্থির করে তুলতে পারে',
  'plans.sw.triggers.whatHelps': 'কী সাহায্য করে',
  'plans.sw.earlyWarningSigns': 'আগাম সতর্ক লক্ষণ, আর কী করতে হবে',
  'plans.sw.earlyWarningSigns.hint':
    'যেমন: "আমি ফোন ধরা বন্ধ করে দিই", আর কী করতে হবে: "মা এক কাপ চা খেতে চলে আসেন"।',
  'plans.sw.earlyWarningSigns.item': 'আগাম সতর্ক লক্ষণ {number}',
  'plans.sw.earlyWarningSigns.add': 'একটি আগাম সতর্ক লক্ষণ যোগ করুন',
  'plans.sw.earlyWarningSigns.sign': 'এমন একটি লক্ষণ যে আমি অসুস্থ হয়ে পড়ছি',
  'plans.sw.earlyWarningSigns.whatToDo': 'আমার বা অন্যদের কী করা উচিত',
  'plans.sw.gettingWorse': 'যখন অবস্থা খারাপের দিকে যাচ্ছে, আর তখন কী সাহায্য করে',
  'plans.sw.gettingWorse.hint':
    'যেমন: "আমি প্রায় সারা রাত জেগে থাকি", আর কী সাহায্য করে: "পরদিন সকালে আমার কেয়ার কোঅর্ডিনেটরকে ফোন করা"।',
  'plans.sw.gettingWorse.item': 'অবস্থা খারাপের দিকে যাওয়া, {number} নম্বর',
  'plans.sw.gettingWorse.add': 'অবস্থা খারাপের দিকে যাওয়ার একটি লক্ষণ যোগ করুন',
  'plans.sw.gettingWorse.sign': 'অবস্থা খারাপের দিকে যাচ্ছে এমন একটি লক্ষণ',
  'plans.sw.gettingWorse.whatHelps': 'তখন কী সাহায্য করে',
} satisfies Words;
