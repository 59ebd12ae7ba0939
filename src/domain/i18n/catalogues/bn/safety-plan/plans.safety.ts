import type { Words } from '../../../translate.ts';

export default {
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
  'plans.safety.photos.removed':
    'ছবি সরিয়ে দেওয়া হয়েছে। আপনি সেভ করলে এটি আপনার পরিকল্পনা থেকে চলে যাবে।',
  'plans.safety.photoCount': '{count, plural, one {#টি ছবি} other {#টি ছবি}}',
} satisfies Words;
