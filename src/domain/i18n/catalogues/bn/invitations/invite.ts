import type { Words } from '../../../translate.ts';

export default {
  'invite.title': 'কাউকে আপনার রেকর্ড দেখার আমন্ত্রণ জানান',
  'invite.intro':
    'ইনি কে এবং তিনি কী দেখতে পাবেন তা বেছে নিন। তিনি শুধু পড়তে পারবেন: আপনার রেকর্ড শুধু আপনিই বদলাতে পারেন।',
  'invite.role': 'এই মানুষটি আপনার কে?',
  'invite.role.family': 'পরিবার',
  'invite.role.friend': 'বন্ধু',
  'invite.role.carer': 'কেয়ারার (যিনি দেখাশোনা করেন)',
  'invite.role.peer_supporter': 'পিয়ার সাপোর্টার (একই রকম অভিজ্ঞতা আছে এমন সহায়তাকারী)',
  'invite.role.practitioner': 'পেশাদার কর্মী, যেমন নার্স, ডাক্তার বা সাপোর্ট ওয়ার্কার',
  'invite.role.other': 'অন্য কেউ',
  'invite.knownAs': 'যে নামে আপনি তাঁকে চেনেন',
  'invite.knownAs.hint': 'Waymark-এ আপনার কাছে তিনি এই নামে দেখাবেন, যেমন “Jo” বা “Dr Patel”।',
  'invite.sections': 'তিনি কী দেখতে পাবেন?',
  'invite.sections.hint':
    'তিনি যে যে অংশ পড়তে পারবেন তাতে টিক দিন। যাতে টিক দেবেন না, তা গোপন থাকবে। আপনি পরে এটি বদলাতে পারেন।',
  'invite.section.about_me': 'আমার সম্পর্কে',
  'invite.section.goals': 'আমার লক্ষ্য',
  'invite.section.support_network': 'আমার সহায়তা নেটওয়ার্ক',
  'invite.section.staying_well': 'আমার ভালো থাকার পরিকল্পনা',
  'invite.section.crisis_plan': 'আমার সংকট পরিকল্পনা',
  'invite.section.safety_plan': 'আমার নিরাপত্তা পরিকল্পনা',
  'invite.section.after_crisis': 'আমার সংকটের পরের পরিকল্পনা',
  'invite.section.moving_on': 'আমার এগিয়ে চলার পরিকল্পনা',
  'invite.section.checkins': 'আমার চেক-ইন',
  'invite.section.measures': 'আমার প্রশ্নমালা',
  'invite.section.reviews': 'আমার পর্যালোচনা',
  'invite.journalPrivate':
    'ডায়েরির লেখাগুলো গোপন থাকে। আপনি ডায়েরি থেকে একবারে একটি করে লেখা শেয়ার করতে পারেন।',
  'invite.advanceChoice': 'সংকট পরিকল্পনার সাথে আমার আগাম ইচ্ছার দলিলও দিন',
  'invite.advanceChoice.hint': 'দলিলটি শুধু নিজের কাছে রাখতে চাইলে এতে টিক দেবেন না।',
  'invite.endsAt': 'তাঁর দেখার অনুমতি কবে শেষ হবে? (ইচ্ছা হলে)',
  'invite.endsAt.hint':
    'এই দিনটি পর্যন্ত (এই দিনসহ) আপনি যা শেয়ার করবেন তিনি তা দেখতে পাবেন। শেষের কোনো তারিখ না চাইলে ফাঁকা রাখুন।',
  'invite.submit': 'আমন্ত্রণটি বানান',
  'invite.created.title': '{name}-এর জন্য আপনার আমন্ত্রণ',
  'invite.created.once':
    'লিংক আর কোড আমরা শুধু এখনই দেখাচ্ছি। এর যেকোনো একটি আপনি নিজে {name}-কে দিন, যেমন মেসেজ পাঠিয়ে বা ফোনে কোডটি পড়ে শুনিয়ে।',
  'invite.created.until': '{when}-এর মধ্যে তাঁকে এটি গ্রহণ করতে হবে। তার পরে এটি আর কাজ করবে না।',
  'invite.created.how':
    'গ্রহণ করার আগে তাঁকে Waymark-এ সাইন ইন করতে হবে, বা একটি অ্যাকাউন্ট খুলতে হবে। প্রতিটি আমন্ত্রণ একবারই কাজ করে।',
  'invite.created.link': 'আমন্ত্রণের লিংক',
  'invite.created.code': 'অথবা পড়ে শোনানোর কোড',
  'invite.created.codeHint':
    'তিনি Waymark-এ “আপনার কাছে কোনো কোড আছে?” অংশে এটি লিখবেন। ছোট বা বড় হাতের অক্ষর, বা ড্যাশ (-) দিলেন কি না, তাতে কিছু যায় আসে না।',
  'invite.copy': 'লিংকটি কপি করুন',
  'invite.copied': 'লিংক কপি হয়েছে।',
  'invite.copyByHand': 'লিংকটি বাছাই করে নিজে কপি করুন।',
  'invite.another': 'অন্য কাউকে আমন্ত্রণ জানান',
} satisfies Words;
