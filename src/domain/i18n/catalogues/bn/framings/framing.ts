import type { Words } from '../../../translate.ts';

export default {
  'framing.everyday.title': 'প্রতিদিনের জীবন',
  'framing.everyday.description':
    'প্রতিদিনের জীবনের মূল দিকগুলো: বাড়ি, টাকাপয়সা, কাজ, আপনার আশেপাশের মানুষ, আপনার স্বাস্থ্য আর যা করতে আপনার ভালো লাগে। কোথা থেকে শুরু করবেন বুঝতে না পারলে এখান থেকে শুরু করা ভালো।',
  'framing.recovery.title': 'আমার সুস্থ হয়ে ওঠা',
  'framing.recovery.description':
    'ছয়টি বিষয়, যা সুস্থ হয়ে ওঠার পথে প্রায়ই গুরুত্বপূর্ণ। আপনি নিজেকে নিয়ে কেমন বোধ করেন। যা কঠিন তার সঙ্গে মানিয়ে চলা। যা ঘটেছে তা বুঝে ওঠা। মানুষের সঙ্গে মিলেমিশে চলা। আপনার কাছে যা গুরুত্বপূর্ণ সেই কাজগুলো করা, আর দরকারের সময় সাহায্য পাওয়া।',
  'framing.recovery.area.self': 'আমি কে আর নিজেকে কীভাবে দেখি',
  'framing.recovery.area.coping': 'যা কঠিন তার সঙ্গে মানিয়ে চলা',
  'framing.recovery.area.meaning': 'আমার সঙ্গে যা ঘটেছে তা বুঝে ওঠা',
  'framing.recovery.area.people': 'আমার জীবনের মানুষদের সঙ্গে মিলেমিশে চলা',
  'framing.recovery.area.roles': 'যে কাজগুলো আমার কাছে গুরুত্বপূর্ণ',
  'framing.recovery.area.support': 'দরকারের সময় সাহায্য আর সহায়তা',
  'framing.connection.title': 'সম্পর্ক, আশা আর জীবনের মানে',
  'framing.connection.description':
    'পাঁচটি বিষয়, যা অনেকে বলেন তাঁদের সুস্থ হয়ে উঠতে সাহায্য করে: অন্যদের সঙ্গে কাছের সম্পর্ক অনুভব করা, ভবিষ্যতের জন্য আশা, আপনি কে সেই বোধ, জীবনের মানে, আর নিজের জীবনের সিদ্ধান্ত নিজে নেওয়া।',
  'framing.connection.area.connected': 'মানুষের সঙ্গে কাছের সম্পর্ক অনুভব করা',
  'framing.connection.area.hope': 'আশা আর সামনের দিকে তাকানো',
  'framing.connection.area.identity': 'আমি কে',
  'framing.connection.area.meaning': 'যা আমার জীবনকে অর্থবহ করে',
  'framing.connection.area.control': 'নিজের জীবনের সিদ্ধান্ত নিজে নেওয়া',
  'framing.community.title': 'পরিবার, কমিউনিটি, ধর্মবিশ্বাস আর সংস্কৃতি',
  'framing.community.description':
    'আপনার চারপাশের মানুষ আর জীবনযাপনের ধরন দিয়ে শুরু হয়: আপনার পরিবার, আপনার কমিউনিটি, আপনার ধর্মবিশ্বাস আর আপনার সংস্কৃতি। তারপর প্রতিদিনের প্রয়োজন।',
  'framing.community.area.community': 'আমার কমিউনিটি',
  'framing.community.area.faith': 'ধর্মবিশ্বাস, আধ্যাত্মিকতা বা বিশ্বাস',
  'framing.community.area.culture': 'সংস্কৃতি, ঐতিহ্য আর ভাষা',
  'framing.community.area.caring': 'অন্যদের দেখাশোনা করা',
  'framing.community.area.health': 'শরীর আর মনের স্বাস্থ্য',
  'framing.community.area.work': 'কাজ, টাকাপয়সা আর শেখা',

  'framing.chooser.title': 'আপনার জীবনের দিকগুলোর জন্য কিছু ভাবনা',
  'framing.chooser.intro':
    'আপনি নিজের জীবনকে অন্যভাবে দেখে শুরু করতে পারেন। একটি উপায় বেছে নিয়ে তার দিকগুলো দেখুন, তারপর যেগুলো চান সেগুলো বেছে নিন।',
  'framing.chooser.which': 'আপনি নিজের জীবনকে কোনভাবে দেখতে চান?',
  'framing.chooser.areas': '“{title}”-এর দিকগুলো',
  'framing.chooser.areas.hint':
    'যেগুলো চান না সেগুলোর টিক তুলে দিন। পরে এগুলোর নাম বদলাতে বা সরিয়ে দিতে পারেন।',
  'framing.chooser.alreadyThere': '{name} (আগে থেকেই আপনার তালিকায় আছে)',
  'framing.chooser.allThere': 'এগুলোর সবই আগে থেকেই আপনার তালিকায় আছে।',
  'framing.chooser.how': 'আপনার এখনকার দিকগুলো নিয়ে কী করবেন',
  'framing.chooser.how.add': 'সেগুলো রাখুন, আর এগুলোও যোগ করুন',
  'framing.chooser.how.instead': 'সেগুলোর বদলে এগুলো ব্যবহার করুন',
  'framing.chooser.how.instead.hint':
    'শুরুতে আপনাকে যে দিকগুলো দেওয়া হয়েছিল সেগুলো সরিয়ে দেওয়া হবে। যেকোনো সময় “প্রতিদিনের জীবন” থেকে সেগুলো আবার যোগ করতে পারেন।',
  'framing.chooser.add': 'জীবনের এই দিকগুলো যোগ করুন',
  'framing.chooser.noneChosen': 'যোগ করার জন্য অন্তত একটি দিক বেছে নিন',
  'framing.chooser.added':
    '{count, plural, one {জীবনের #টি দিক যোগ করা হয়েছে} other {জীবনের #টি দিক যোগ করা হয়েছে}}: {names}।',
  'framing.chooser.nothingAdded': 'কিছুই যোগ করা হয়নি: এই দিকগুলো আগে থেকেই আপনার তালিকায় আছে।',

  'framing.error.unknown': 'নিজের জীবনকে দেখার একটি উপায় বেছে নিন',
  'framing.error.unknownArea': 'এটি জীবনকে দেখার ওই উপায়ের কোনো দিক নয়',
  'framing.error.repeated': 'প্রতিটি দিক শুধু একবারই বেছে নেওয়া যায়',
} satisfies Words;
