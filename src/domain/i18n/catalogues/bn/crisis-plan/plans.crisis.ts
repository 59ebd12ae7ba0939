import type { Words } from '../../../translate.ts';

export default {
  'plans.crisis.edit.title': 'আমার সংকট পরিকল্পনা বদলান',
  'plans.crisis.intro':
    'যখন আপনি যথেষ্ট ভালো বোধ করেন, তখন এটি লিখুন। আপনি খুব অসুস্থ হয়ে পড়লে কী চান, এটি মানুষকে তা জানায়। প্রতিটি অংশ পূরণ করা আপনার ইচ্ছা; নিজের মতো করে লিখুন।',
  'plans.crisis.empty':
    'আপনি এখনো সংকট পরিকল্পনা লেখেননি। আপনি খুব অসুস্থ হয়ে পড়লে, আপনার আশপাশের মানুষ যাতে আপনার ইচ্ছামতো কাজ করতে পারেন, এটি তাতে সাহায্য করতে পারে।',
  'plans.crisis.start': 'আমার সংকট পরিকল্পনা শুরু করুন',
  'plans.crisis.startHint':
    'আপনি এখনো এই পরিকল্পনা সেভ করেননি। যে অংশটি সবচেয়ে সহজ মনে হয় সেটি দিয়ে শুরু করুন।',
  'plans.crisis.change': 'আমার সংকট পরিকল্পনা বদলান',
  'plans.crisis.back': 'আমার সংকট পরিকল্পনায় ফিরে যান',
  'plans.crisis.save': 'সংকট পরিকল্পনা সেভ করুন',
  'plans.crisis.more': 'আমার সংকট পরিকল্পনা নিয়ে আরও কিছু',
  'plans.crisis.part.signs': 'যখন আমি সংকটে থাকি',
  'plans.crisis.part.ending': 'যখন পরিকল্পনাটি শেষ হয়',
  'plans.crisis.signs': 'যে লক্ষণগুলো দেখে বোঝা যায় আমি সংকটে আছি',
  'plans.crisis.signs.hint':
    'অন্যরা যা খেয়াল করতে পারেন। যেমন: "আমি খাওয়া বন্ধ করে দিই আর নিজের ঘরেই থাকি", "আমি খুব তাড়াতাড়ি কথা বলি আর ঘুমাই না"।',
  'plans.crisis.wantInvolved': 'আমি যাঁদের জড়িত করতে চাই',
  'plans.crisis.wantInvolved.hint':
    'আপনার সহায়তা নেটওয়ার্ক থেকে মানুষদের বেছে নিন, সবচেয়ে গুরুত্বপূর্ণ জনকে আগে। বলুন, আপনি চান প্রত্যেকে কী করুক।',
  'plans.crisis.wantInvolved.pick': 'আমার সহায়তা নেটওয়ার্ক থেকে কাউকে যোগ করুন',
  'plans.crisis.wantInvolved.add': 'আমার পরিকল্পনায় যোগ করুন',
  'plans.crisis.wantInvolved.whatToDo': 'আমি {name}-এর কাছে যা চাই',
  'plans.crisis.wantInvolved.whatToDo.hint':
    'যেমন: "বিড়ালটির দেখাশোনা করা", "আমার সাথে অ্যাপয়েন্টমেন্টে যাওয়া", "আমার কাজের জায়গায় জানানো যে আমি অসুস্থ বলে ছুটিতে আছি"।',
  'plans.crisis.nominatedPerson': 'আমার মনোনীত ব্যক্তি',
  'plans.crisis.nominatedPerson.pick': 'আমার মনোনীত ব্যক্তি বেছে নিন',
  'plans.crisis.nominatedPerson.hint':
    'এমন কেউ যাঁকে আপনি বিশ্বাস করেন, আপনি খুব অসুস্থ হলে যিনি আপনার দেখাশোনা নিয়ে সিদ্ধান্ত নিতে সাহায্য করবেন।',
  'plans.crisis.nominatedPerson.none': 'কাউকে বেছে নেওয়া হয়নি',
  'plans.crisis.notInvolved': 'আমি যাঁদের জড়িত করতে চাই না',
  'plans.crisis.notInvolved.hint': 'যাঁদের সাথে যোগাযোগ করা বা যাঁদের জড়িত করা আপনি চান না, আর বলতে চাইলে কেন।',
  'plans.crisis.notInvolved.item': 'মানুষ {number}',
  'plans.crisis.notInvolved.add': 'এমন কাউকে যোগ করুন যাঁকে আমি জড়িত করতে চাই না',
  'plans.crisis.notInvolved.name': 'নাম',
  'plans.crisis.notInvolved.reason': 'কেন (ইচ্ছা হলে)',
  'plans.crisis.whatHelps': 'যা সাহায্য করে',
  'plans.crisis.whatHelps.hint': 'যেমন: "একটি শান্ত ঘর", "শান্তভাবে কথা বলা, একবারে একজন", "আমার গান"।',
  'plans.crisis.whatDoesNotHelp': 'যা সাহায্য করে না',
  'plans.crisis.whatDoesNotHelp.hint': 'যেমন: "জিজ্ঞেস না করে আমাকে ছোঁয়া", "অনেক মানুষ একসাথে কথা বলা"।',
  'plans.crisis.treatment': 'যে চিকিৎসা আমি চাইব আর চাইব না',
  'plans.crisis.treatment.hint': 'যেমন: "নিরাপদ হলে আমি বাড়িতে চিকিৎসা নিতে চাই", "আমি ECT চাই না"।',
  'plans.crisis.medication': 'ওষুধ',
  'plans.crisis.medication.hint':
    'আপনি এখন কী খান, আগে কী কাজে লেগেছে, আর কী আপনি চান না। যেমন: "Sertraline 100mg আমার জন্য কাজ করে। Olanzapine খেয়ে আমার খুব ঘুম ঘুম লাগত"।',
  'plans.crisis.allergies': 'অ্যালার্জি',
  'plans.crisis.allergies.hint': 'যেমন: "Penicillin"। কোনো অ্যালার্জি না থাকলে লিখুন "জানা নেই"।',
  'plans.crisis.placesOfCare': 'আমি কোথায় দেখাশোনা পেতে চাই',
  'plans.crisis.placesOfCare.hint':
    'যেমন: "বাড়িতে, হোম ট্রিটমেন্ট টিমের সাথে", "পার্ক রোডের ক্রাইসিস হাউসে, ওয়ার্ডে নয়"।',
  'plans.crisis.practical': 'দৈনন্দিন কাজের ব্যবস্থা',
  'plans.crisis.practical.hint': 'কে কোন কাজ সামলাবেন, যাতে আপনাকে চিন্তা করতে না হয়।',
  'plans.crisis.practical.children': 'সন্তান',
  'plans.crisis.practical.children.hint': 'যেমন: "আমার বোন Jo স্কুল থেকে বাচ্চাদের নিয়ে আসবে"।',
  'plans.crisis.practical.pets': 'পোষা প্রাণী',
  'plans.crisis.practical.pets.hint': 'যেমন: "পাশের বাড়ির Ade বিড়ালকে খাওয়াবে। চাবি নীল টবের নিচে আছে"।',
  'plans.crisis.practical.home': 'বাড়ি',
  'plans.crisis.practical.home.hint': 'যেমন: "মাকে বলবেন চিঠিপত্র দেখতে আর গাছে পানি দিতে"।',
  'plans.crisis.practical.bills': 'বিল আর টাকাপয়সা',
  'plans.crisis.practical.bills.hint': 'যেমন: "ভাড়া প্রতি মাসের 1 তারিখে ডাইরেক্ট ডেবিটে দেওয়া হয়"।',
  'plans.crisis.practical.work': 'কাজ, পড়াশোনা বা স্বেচ্ছাসেবা',
  'plans.crisis.practical.work.hint': 'যেমন: "আমার ম্যানেজার Priya-কে জানাবেন, পুরো টিমকে নয়"।',
  'plans.crisis.noLongerApplies': 'কখন এই পরিকল্পনা আর প্রযোজ্য নয়',
  'plans.crisis.noLongerApplies.hint':
    'যেমন: "যখন আমি আবার ঘুমাচ্ছি আর খাচ্ছি, আর বলছি যে আমি নিজের কাজ নিজে সামলাতে তৈরি"।',
  'plans.crisis.advanceChoice': 'আমার আগাম ইচ্ছার দলিল',
  'plans.crisis.advanceChoice.hint':
    'আপনার যদি আগাম ইচ্ছার দলিল (advance choice document) বা আগাম বিবৃতি (advance statement) থাকে, আপনি আপনার পরিকল্পনার সাথে তার একটি কপি রাখতে পারেন। শুধু আপনিই এটি খুলতে পারেন।',
  'plans.crisis.advanceChoice.open': '“{name}” খুলুন',
  'plans.crisis.advanceChoice.attached': 'একটি ডকুমেন্ট যুক্ত আছে।',
  'plans.crisis.advanceChoice.remove': 'আমার পরিকল্পনা থেকে এটি সরিয়ে দিন',
  'plans.crisis.lastReviewed': 'শেষবার কবে আমি এই পরিকল্পনা দেখে নিয়েছি',
  'plans.crisis.lastReviewed.label': 'শেষবার যে তারিখে দেখে নিয়েছি',
  'plans.crisis.lastReviewed.hint':
    'প্রতি 6 মাসে, বা কোনো সংকটের পরে, আপনার পরিকল্পনাটি দেখে নেওয়া ভালো। যেমন, 2026-11-25।',
  'plans.crisis.lastReviewed.today': 'আমি আজ এটি দেখে নিয়েছি',
} satisfies Words;
