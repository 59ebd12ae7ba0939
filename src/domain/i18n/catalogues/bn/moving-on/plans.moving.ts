import type { Words } from '../../../translate.ts';

export default {
  'plans.moving.intro':
    'একটি সেবা ছেড়ে যাওয়া একটি ভালো পদক্ষেপ হতে পারে। এই পরিকল্পনা আপনাকে আগে থেকে বুঝতে সাহায্য করে যে অবস্থা কঠিন হচ্ছে, আর দরকার হলে তাড়াতাড়ি ফিরে আসতে।',
  'plans.moving.intro2': 'এটি আপনার। কোনো দল বা সেবা ছেড়ে যাওয়ার পরেও এটি আপনার রেকর্ডে থাকে।',
  'plans.moving.empty':
    'আপনি এখনো এই পরিকল্পনা শুরু করেননি। আপনি এমন একটি লক্ষণ দিয়ে শুরু করতে পারেন যা আপনি খেয়াল করতে চান।',
  'plans.moving.save': 'এগিয়ে চলার পরিকল্পনা সংরক্ষণ করুন',
  'plans.moving.earlyWarningSigns': 'আমার আগাম সতর্কতার লক্ষণ',
  'plans.moving.earlyWarningSigns.hint':
    'ছোট পরিবর্তন যা বলে যে অবস্থা কঠিন হচ্ছে। যেমন: "আমি ফোন ধরা বন্ধ করে দিই"।',
  'plans.moving.earlyWarningSigns.item': 'লক্ষণ {number}',
  'plans.moving.earlyWarningSigns.add': 'একটি লক্ষণ যোগ করুন',
  'plans.moving.contacts': 'আমি কার সাথে যোগাযোগ করব',
  'plans.moving.contacts.hint': 'আপনার সহায়তা নেটওয়ার্ক থেকে বেছে নিন। প্রত্যেকে কী করুক তা লিখুন।',
  'plans.moving.contacts.pick': 'এমন কাউকে যোগ করুন যার সাথে আমি যোগাযোগ করব',
  'plans.moving.contacts.add': 'আমার পরিকল্পনায় যোগ করুন',
  'plans.moving.contacts.whatToDo': 'আমি চাই {name} কী করুক',
  'plans.moving.contacts.whatToDo.hint':
    'যেমন: "সপ্তাহে একবার আমাকে ফোন করুন", "দলকে ফোন করতে আমাকে সাহায্য করুন"।',
  'plans.moving.comeBack': 'তাড়াতাড়ি ফিরে আসা',
  'plans.moving.wayBack': 'আবার কীভাবে যোগাযোগ করবেন',
  'plans.moving.wayBack.hint':
    'কোন দল বা সেবার সাথে যোগাযোগ করবেন, আর কীভাবে, নিজের ভাষায়। যেমন: "দলকে ফোন করে ডিউটিতে থাকা কর্মীকে চাইব"।',
  'plans.moving.whatToSay': 'কী বলবেন',
  'plans.moving.whatToSay.hint':
    'যেমন: "আমি মে পর্যন্ত দলের সাথে ছিলাম। আমার আগাম লক্ষণ ফিরে এসেছে, আমি তাড়াতাড়ি কারো সাথে দেখা করতে চাই"।',
  'plans.moving.helpedBefore': 'আগে কী সাহায্য করেছিল',
  'plans.moving.helpedBefore.hint': 'যেমন: "একই কর্মীর সাথে দেখা করা", "সকালে বাড়িতে দেখা করা"।',
} satisfies Words;
