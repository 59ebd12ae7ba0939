import type { Words } from '../../../translate.ts';

export default {
  'teamConnect.title': 'একটি দলের সাথে যুক্ত হোন',
  'teamConnect.intro':
    'কোনো পরিষেবা আপনাকে সাহায্য করলে, তার দল আপনাকে একটি কোড দিতে পারে। দলটি কী দেখবে তা আপনি বেছে নেন। আপনি যেকোনো সময় তা বদলাতে বা ছেড়ে যেতে পারেন।',
  'teamConnect.code': 'দলের কোড',
  'teamConnect.codeHint': 'দল আপনাকে যে কোড দিয়েছে তা লিখুন।',
  'teamConnect.codeMissing': 'দলের কোডটি লিখুন।',
  'teamConnect.find': 'দলটি খুঁজুন',
  'teamConnect.found': 'এই কোডটি {team}-এর, যা {service}-এর অংশ।',
  'teamConnect.sections': '{team} কী দেখতে পারবে?',
  'teamConnect.sectionsHint': 'দলের কেউ দেখলেই আপনার কার্যকলাপের পাতায় তার নাম দেখাবে।',
  'teamConnect.confirm': 'দলের সাথে যুক্ত হোন',
  'teamConnect.cancel': 'বাতিল করুন',
  'teamConnect.connected': 'আপনি এখন {team}-এর সাথে যুক্ত।',
  'teamConnect.teamOf': '{service}-এর একটি দল',
  'teamConnect.leave': '{team} ছেড়ে দিন',
  'teamConnect.leaveQuestion':
    '{team} ছেড়ে দেবেন? দলটি সঙ্গে সঙ্গে আপনার রেকর্ড দেখা বন্ধ করবে। সবকিছু আপনার কাছেই থাকবে।',
  'teamConnect.leaveConfirm': 'হ্যাঁ, দল ছেড়ে দিন',
  'teamConnect.leaveService': '{service} ছেড়ে দিন',
  'teamConnect.leaveServiceQuestion':
    '{service} ছেড়ে দেবেন? এখন থেকে এর কোনো দল আপনার রেকর্ড দেখবে না। সবকিছু আপনার কাছেই থাকবে।',
  'teamConnect.leaveServiceConfirm': 'হ্যাঁ, ছেড়ে দিন',
  'teamConnect.left': 'আপনি {name} ছেড়ে দিয়েছেন।',
} satisfies Words;
