import type { Words } from '../../../translate.ts';

export default {
  'plans.title': 'আমার পরিকল্পনা',
  'plans.intro':
    'আপনার নিজের কথায় লেখা পরিকল্পনা: ভালো থাকার জন্য, সংকটের সময়ের জন্য, আর তার পরের জন্য। যেটি সবচেয়ে কাজের মনে হয় সেটি দিয়ে শুরু করুন।',
  'plans.related': 'এগুলোও কাজে লাগতে পারে',
  'plans.backToPlans': 'আমার পরিকল্পনায় ফিরে যান',
  'plans.notStarted': 'এখনো শুরু করা হয়নি।',
  'plans.changedOn': 'শেষ বদল {date}।',
  'plans.lastSaved': 'শেষ সেভ {when}।',
  'plans.contactGone': 'এমন কেউ যিনি আর আপনার সহায়তা নেটওয়ার্কে নেই',
  'plans.pair': '{first}: {second}',
  'plans.yes': 'হ্যাঁ',
  'plans.no': 'না',
  'plans.sheet.nothing': 'এখনো কিছু লেখা হয়নি।',
  'plans.list.empty': 'এখানে এখনো কিছু নেই।',
  'plans.list.entry': '{number} নম্বর লেখা',
  'plans.list.which': '{what}',
  'plans.list.moveUp': 'ওপরে সরান',
  'plans.list.moveDown': 'নিচে সরান',
  'plans.list.remove': 'সরিয়ে দিন',
  'plans.list.removed': '{what} সরিয়ে দেওয়া হয়েছে। আপনি সেভ করলে এটি চলে যাবে।',
  'plans.list.restored': '{what} আবার ফিরে এসেছে।',
  'plans.list.full': 'এখানে আপনি সর্বোচ্চ {max}টি লেখা রাখতে পারেন।',
  'plans.picker.hint': 'শুধু আপনার সহায়তা নেটওয়ার্কের মানুষদেরই বেছে নেওয়া যায়।',
  'plans.picker.placeholder': 'কাউকে বেছে নিন',
  'plans.picker.crisisContact': '{name} (সংকটের সময় যোগাযোগের মানুষ)',
  'plans.picker.choose': 'আগে তালিকা থেকে কাউকে বেছে নিন',
  'plans.picker.none': 'এখনো কাউকে বেছে নেওয়া হয়নি।',
  'plans.picker.allChosen': 'আপনার সহায়তা নেটওয়ার্কের সবাই আগে থেকেই এখানে আছেন।',
  'plans.picker.emptyNetwork': 'আপনার সহায়তা নেটওয়ার্কে এখনো কেউ নেই।',
  'plans.picker.addToNetwork': 'আপনার সহায়তা নেটওয়ার্কে কাউকে যোগ করুন',
  'plans.review.title': 'আপনার সংকট পরিকল্পনা আবার দেখে নেওয়ার সময় হয়েছে',
  'plans.review.old':
    'আপনি শেষবার {date} তারিখে আপনার সংকট পরিকল্পনা দেখে নিয়েছিলেন, 6 মাসেরও বেশি আগে। যখন মনে হবে আপনি তৈরি, পুরোটা পড়ে দেখুন আর এখন যা বদলে গেছে তা ঠিক করে নিন।',
  'plans.review.missing':
    'আপনার সংকট পরিকল্পনায় লেখা নেই যে আপনি শেষবার কবে এটি দেখে নিয়েছেন। যখন মনে হবে আপনি তৈরি, পুরোটা পড়ে দেখুন আর তারিখটি যোগ করুন।',
  'plans.review.link': 'আমার সংকট পরিকল্পনা দেখে নিন',
  'plans.staying-well.title': 'আমার ভালো থাকার পরিকল্পনা',
  'plans.staying-well.summary':
    'ভালো থাকতে আপনি কী করেন, কী আপনাকে অস্থির করে তুলতে পারে, আর কোন আগাম লক্ষণগুলোর দিকে খেয়াল রাখবেন।',
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
  'plans.crisis.title': 'আমার সংকট পরিকল্পনা',
  'plans.crisis.summary':
    'আপনি সংকটে পড়লে কী হোক তা আপনি চান, আর কাকে জড়িত করতে চান। আপনি এটি প্রিন্ট করতে পারেন, ফোনে রাখতে পারেন, আর জরুরি অবস্থায় শেয়ার করতে পারেন।',
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
    'আপনার সহায়তা নেটওয়ার্ক থেকে মানুষদের বেছে নিন, সবচেয়ে গুরুত্বপূর্ণ জনকে আগে, আর বলুন আপনি প্রত্যেকের কাছে কী চান।',
  'plans.crisis.wantInvolved.pick': 'আমার সহায়তা নেটওয়ার্ক থেকে কাউকে যোগ করুন',
  'plans.crisis.wantInvolved.add': 'আমার পরিকল্পনায় যোগ করুন',
  'plans.crisis.wantInvolved.whatToDo': 'আমি {name}-এর কাছে যা চাই',
  'plans.crisis.wantInvolved.whatToDo.hint':
    'যেমন: "বিড়ালটির দেখাশোনা করা", "আমার সাথে অ্যাপয়েন্টমেন্টে যাওয়া", "আমার কাজের জায়গায় জানানো যে আমি অসুস্থ বলে ছুটিতে আছি"।',
  'plans.crisis.nominatedPerson': 'আমার মনোনীত ব্যক্তি',
  'plans.crisis.nominatedPerson.pick': 'আমার মনোনীত ব্যক্তি বেছে নিন',
  'plans.crisis.nominatedPerson.hint':
    'এমন কেউ যাঁকে আপনি বিশ্বাস করেন, আপনি খুব অসুস্থ হলে আপনার দেখাশোনা নিয়ে সিদ্ধান্তে যিনি জড়িত থাকবেন।',
  'plans.crisis.nominatedPerson.none': 'কাউকে বেছে নেওয়া হয়নি',
  'plans.crisis.notInvolved': 'আমি যাঁদের জড়িত করতে চাই না',
  'plans.crisis.notInvolved.hint':
    'যাঁদের সাথে যোগাযোগ করা হোক বা যাঁরা জড়িত থাকুন তা আপনি চান না, আর বলতে চাইলে কেন।',
  'plans.crisis.notInvolved.item': 'মানুষ {number}',
  'plans.crisis.notInvolved.add': 'এমন কাউকে যোগ করুন যাঁকে আমি জড়িত করতে চাই না',
  'plans.crisis.notInvolved.name': 'নাম',
  'plans.crisis.notInvolved.reason': 'কেন (ইচ্ছা হলে)',
  'plans.crisis.whatHelps': 'যা সাহায্য করে',
  'plans.crisis.whatHelps.hint':
    'যেমন: "একটি শান্ত ঘর", "শান্তভাবে কথা বলা, একবারে একজন", "আমার গান"।',
  'plans.crisis.whatDoesNotHelp': 'যা সাহায্য করে না',
  'plans.crisis.whatDoesNotHelp.hint':
    'যেমন: "জিজ্ঞেস না করে আমাকে ছোঁয়া", "অনেক মানুষ একসাথে কথা বলা"।',
  'plans.crisis.treatment': 'যে চিকিৎসা আমি চাইব আর চাইব না',
  'plans.crisis.treatment.hint':
    'যেমন: "নিরাপদ হলে আমি বাড়িতে চিকিৎসা নিতে চাই", "আমি ECT চাই না"।',
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
  'plans.crisis.practical.children.hint':
    'যেমন: "আমার বোন Jo স্কুল থেকে বাচ্চাদের নিয়ে আসবে"।',
  'plans.crisis.practical.pets': 'পোষা প্রাণী',
  'plans.crisis.practical.pets.hint':
    'যেমন: "পাশের বাড়ির Ade বিড়ালকে খাওয়াবে। চাবি নীল টবের নিচে আছে"।',
  'plans.crisis.practical.home': 'বাড়ি',
  'plans.crisis.practical.home.hint':
    'যেমন: "মাকে বলবেন চিঠিপত্র দেখতে আর গাছে পানি দিতে"।',
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
  'plans.view.own.signs': 'যে লক্ষণগুলো দেখে বোঝা যায় আমি সংকটে আছি',
  'plans.view.other.signs': 'যে লক্ষণগুলো দেখে বোঝা যায় {name} সংকটে আছেন',
  'plans.view.own.wantInvolved': 'আমি যাঁদের জড়িত করতে চাই',
  'plans.view.other.wantInvolved': '{name} যাঁদের জড়িত করতে চান',
  'plans.view.own.notInvolved': 'আমি যাঁদের জড়িত করতে চাই না',
  'plans.view.other.notInvolved': '{name} যাঁদের জড়িত করতে চান না',
  'plans.view.helps': 'কী সাহায্য করে আর কী করে না',
  'plans.view.care': 'চিকিৎসা, ওষুধ আর অ্যালার্জি',
  'plans.view.call': '{phone} নম্বরে ফোন করুন',
  'plans.view.nominatedHint': 'দেখাশোনা নিয়ে সিদ্ধান্তে যাঁকে জড়িত করতে হবে।',
  'plans.view.lastReviewed': 'শেষবার দেখে নেওয়া হয়েছে {date}।',
  'plans.view.notReviewed': 'দেখে নেওয়ার কোনো তারিখ দেওয়া নেই।',
  'plans.safety.title': 'আমার নিরাপত্তা পরিকল্পনা',
  'plans.safety.summary':
    'সবকিছু যখন অসহ্য মনে হয়, তখন নিরাপদ থাকতে সাহায্য করার ধাপগুলো: নিজে নিজে যা করতে পারেন, থেকে শুরু করে যাঁরা সাহায্য করতে পারেন সেই মানুষেরা পর্যন্ত।',
  'plans.safety.intro':
    'যখন আপনার মনে হয় আপনি হয়তো নিজেকে নিরাপদ রাখতে পারবেন না, সেই মুহূর্তগুলো পার হতে নিরাপত্তা পরিকল্পনা সাহায্য করে। যখন আপনি একটু শান্ত বোধ করেন, তখন নিজের কথায় এটি লিখুন।',
  'plans.safety.intro2':
    'একবারে একটি ধাপ করে এগোন। যা আপনাকে সাহায্য করে শুধু সেটুকুই পূরণ করলে হবে, আর যখন খুশি এটি বদলাতে পারেন।',
  'plans.safety.empty':
    'আপনি এখনো এই পরিকল্পনা শুরু করেননি। আগে সাহায্য করেছে এমন একটি জিনিস দিয়ে শুরু করতে পারেন।',
  'plans.safety.save': 'নিরাপত্তা পরিকল্পনা সেভ করুন',
  'plans.safety.warningSigns': 'যে লক্ষণগুলো বলে যে সময়টা কঠিন হয়ে উঠছে',
  'plans.safety.warningSigns.hint':
    'চিন্তা, অনুভূতি বা পরিস্থিতি। যেমন: "আমি ভাবতে শুরু করি যে আমি না থাকলে কেউ খেয়ালও করবে না"।',
  'plans.safety.warningSigns.item': 'লক্ষণ {number}',
  'plans.safety.warningSigns.add': 'একটি লক্ষণ যোগ করুন',
  'plans.safety.onMyOwn': 'নিজে নিজে আমি যা করতে পারি',
  'plans.safety.onMyOwn.hint':
    'যেমন: "ঠান্ডা পানিতে গোসল করা", "Calm নামের আমার প্লেলিস্টটি চালানো", "Filey সৈকত থেকে আনা পাথরটি হাতে ধরে রাখা"।',
  'plans.safety.onMyOwn.item': 'নিজে নিজে, {number} নম্বর',
  'plans.safety.onMyOwn.add': 'আমি করতে পারি এমন কিছু যোগ করুন',
  'plans.safety.peopleAndPlaces': 'যে মানুষ আর জায়গা আমার মনকে অন্যদিকে নিয়ে যায়',
  'plans.safety.peopleAndPlaces.hint':
    'যেমন: "লাইব্রেরির ক্যাফে", "নানি যখন কুইজ শো দেখেন তখন তাঁর পাশে বসে থাকা"।',
  'plans.safety.peopleAndPlaces.item': 'মানুষ বা জায়গা {number}',
  'plans.safety.peopleAndPlaces.add': 'একজন মানুষ বা একটি জায়গা যোগ করুন',
  'plans.safety.peopleToAsk': 'যাঁদের কাছে আমি সাহায্য চাইতে পারি',
  'plans.safety.peopleToAsk.hint':
    'আপনার সহায়তা নেটওয়ার্ক থেকে বেছে নিন। তাঁদের ফোন নম্বর এখানে দেখানো হয়, যাতে আপনি তাঁদের ফোন করতে পারেন।',
  'plans.safety.peopleToAsk.pick': 'এমন কাউকে যোগ করুন যাঁর কাছে আমি সাহায্য চাইতে পারি',
  'plans.safety.peopleToAsk.add': 'আমার পরিকল্পনায় যোগ করুন',
  'plans.safety.professionals': 'যে পেশাদার কর্মী আর সেবার সাথে আমি যোগাযোগ করতে পারি',
  'plans.safety.professionals.hint':
    'যেমন: আপনার জিপি, আপনার কেয়ার কোঅর্ডিনেটর বা ক্রাইসিস টিম। আগে তাঁদের ফোন নম্বরসহ তাঁদের আপনার সহায়তা নেটওয়ার্কে যোগ করুন।',
  'plans.safety.professionals.pick': 'একজন পেশাদার কর্মী বা একটি সেবা যোগ করুন',
  'plans.safety.professionals.add': 'আমার পরিকল্পনায় যোগ করুন',
  'plans.safety.saferSurroundings': 'আমি যেখানে থাকি সেই জায়গা আরও নিরাপদ করা',
  'plans.safety.saferSurroundings.hint':
    'আপনি যেখানে আছেন সেই জায়গা আরও নিরাপদ করতে আপনি বা অন্যরা যা করতে পারেন। যেমন: "কিছুদিনের জন্য কিছু জিনিস নিজের কাছে রাখতে Sam-কে বলা"।',
  'plans.safety.saferSurroundings.item': 'আরও নিরাপদ, {number} নম্বর',
  'plans.safety.saferSurroundings.add': 'আমাকে আরও নিরাপদ রাখে এমন কিছু যোগ করুন',
  'plans.safety.reasonsForLiving': 'আমার বেঁচে থাকার কারণ',
  'plans.safety.reasonsForLiving.hint':
    'যে মানুষ, আশা আর জিনিসগুলো আপনার কাছে গুরুত্বপূর্ণ। যেমন: "আগামী বসন্তে আমার মেয়ের বিয়ে", "আমার কুকুর, Biscuit"।',
  'plans.safety.reasonsForLiving.item': 'কারণ {number}',
  'plans.safety.reasonsForLiving.add': 'একটি কারণ যোগ করুন',
  'plans.safety.photos': 'আমার বেঁচে থাকার কারণগুলোর ছবি',
  'plans.safety.photos.hint': 'ছবিগুলো আপনার রেকর্ডে গোপন রাখা হয়। শুধু আপনিই সেগুলো দেখতে পান।',
  'plans.safety.photos.add': 'একটি ছবি যোগ করুন',
  'plans.safety.photos.alt': 'আমার বেঁচে থাকার কারণ, ছবি {number}',
  'plans.safety.photos.remove': 'ছবি {number} সরিয়ে দিন',
  'plans.safety.photos.removed': 'ছবি সরিয়ে দেওয়া হয়েছে। আপনি সেভ করলে এটি আপনার পরিকল্পনা থেকে চলে যাবে।',
  'plans.after-crisis.title': 'সংকটের পরে',
  'plans.after-crisis.summary':
    'আবার স্বাভাবিক জীবনে ফিরতে আপনার কী দরকার, আর পরের বারের জন্য আপনি কী শিখেছেন।',
  'plans.after.intro':
    'সংকটের পরে, এখন আপনার কী দরকার আর পরের বার কী অন্যরকম হোক তা আপনি চান, তা লিখে রাখলে সাহায্য হতে পারে। সময় নিন।',
  'plans.after.empty': 'এখনো কিছু লেখা হয়নি। যখন মনে হবে আপনি তৈরি, তখন এখানে ফিরে আসতে পারেন।',
  'plans.after.save': 'সেভ করুন',
  'plans.after.backOnTrack': 'আবার স্বাভাবিক জীবনে ফিরতে আমার যা দরকার',
  'plans.after.backOnTrack.hint':
    'যেমন: "ধাপে ধাপে কাজে ফেরা", "চিঠিপত্র আর বিলগুলো গুছিয়ে নিতে কারও সাহায্য"।',
  'plans.after.learned': 'পরের বারের জন্য আমি যা শিখেছি',
  'plans.after.learned.hint':
    'যেমন: "আমি খেয়াল করেছি যে দুই সপ্তাহ আগেই আমার ঘুম বন্ধ হয়ে গিয়েছিল। পরের বার আমি আরও আগে জিপিকে ফোন করব"।',
  'plans.safety.photoCount': '{count, plural, one {#টি ছবি} other {#টি ছবি}}',
} satisfies Words;
