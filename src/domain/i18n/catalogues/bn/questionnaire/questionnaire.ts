import type { Words } from '../../../translate.ts';

// Machine translations, awaiting a native speaker's review.

export default {
  // One problem and where it is: item "q3": "linkId" is missing.
  'questionnaire.problemAt': '{where}: {problem}',

  // Where a problem is: the start of every problem.
  'questionnaire.where.questionnaire': 'প্রশ্নমালা',
  'questionnaire.where.answers': 'উত্তরগুলো',
  'questionnaire.where.item': 'আইটেম "{item}"',
  'questionnaire.where.itemAt': '{parent}, {position} নম্বর আইটেম',
  'questionnaire.where.top': 'প্রশ্নমালার মূল তালিকা',
  'questionnaire.where.option': 'আইটেম "{item}", {position} নম্বর উত্তরের অপশন',
  'questionnaire.where.condition': 'আইটেম "{item}", {position} নম্বর শর্ত',
  'questionnaire.where.scoring': 'স্কোরিং',
  'questionnaire.where.scale': 'স্কোরিং, স্কেল "{scale}"',
  'questionnaire.where.risk': 'স্কোরিং, ঝুঁকির নিয়ম "{rule}"',
  'questionnaire.where.wording': 'লেখার ফাইল',

  // What is wrong with the shape of a file or of answers.
  'questionnaire.problem.notObject': 'এটি একটি JSON অবজেক্ট হতে হবে',
  'questionnaire.problem.resourceType':
    'resourceType হতে হবে "{expected}", কিন্তু পাওয়া গেছে: {actual}',
  'questionnaire.problem.missing': '"{field}" নেই',
  'questionnaire.problem.wrongType': '"{field}" হওয়া উচিত {expected}, কিন্তু পাওয়া গেছে: {actual}',
  'questionnaire.problem.notOneOf':
    '"{field}" হতে হবে এগুলোর একটি: {allowed}; কিন্তু পাওয়া গেছে: {actual}',
  'questionnaire.problem.empty': '"{field}" খালি রাখা যাবে না',
  'questionnaire.problem.tooSmall': '"{field}" কমপক্ষে {minimum} হতে হবে',
  'questionnaire.problem.tooBig': '"{field}" বড়জোর {maximum} হতে পারে',
  'questionnaire.problem.format': '"{field}" সঠিক ফরম্যাটে নেই',
  'questionnaire.problem.unknownField': 'ফিল্ড "{field}" এখানে রাখা যায় না',
  'questionnaire.problem.invalid': '"{field}" বৈধ নয়',

  // What is wrong with a questionnaire file: its items, conditions and scoring rules. Said to
  // the service that imports the file, on the command line.
  'questionnaire.file.typeNotSupported': 'ধরন "{type}" সমর্থিত নয় (সমর্থিত ধরনগুলো: {supported})',
  'questionnaire.file.duplicateLinkId': 'linkId "{linkId}" একাধিক আইটেমে ব্যবহার করা হয়েছে',
  'questionnaire.file.groupNeedsItems': 'group আইটেমের ভেতরে অন্তত একটি আইটেম থাকতে হবে',
  'questionnaire.file.onlyGroupsNest':
    'শুধু group আইটেমের ভেতরে অন্য আইটেম থাকতে পারে, কিন্তু এই {type} আইটেমটির ভেতরে আইটেম আছে',
  'questionnaire.file.displayRequired': 'display আইটেমকে আবশ্যিক করা যায় না',
  'questionnaire.file.choiceNeedsOptions': 'choice আইটেমে অন্তত একটি answerOption থাকতে হবে',
  'questionnaire.file.optionsOnlyForChoice':
    'answerOption শুধু choice আইটেমে রাখা যায়, {type} আইটেমে নয়',
  'questionnaire.file.answerValueSet':
    'answerValueSet সমর্থিত নয়: অপশনগুলো answerOption-এ তালিকা করে দিন',
  'questionnaire.file.repeats': 'পুনরাবৃত্ত আইটেম ("repeats": true) সমর্থিত নয়',
  'questionnaire.file.optionNeedsCoding':
    'অপশনটিতে কোডসহ একটি valueCoding থাকতে হবে (অন্য ধরনের অপশন সমর্থিত নয়)',
  'questionnaire.file.duplicateOptionCode': 'কোড "{code}" একাধিক অপশনে ব্যবহার করা হয়েছে',
  'questionnaire.file.scoreNotNumber': 'ordinalValue এক্সটেনশনের valueDecimal-এ একটি সংখ্যা থাকতে হবে',
  'questionnaire.file.itemWeight':
    'itemWeight এক্সটেনশন ব্যবহার করে; Waymark অপশনের স্কোর পড়ে ordinalValue এক্সটেনশন ({url}) থেকে',
  'questionnaire.file.rangeNotNumber': '{which} এক্সটেনশনে {expected} দরকার',
  'questionnaire.file.rangeOnlyNumbers': '{which} এক্সটেনশন শুধু integer আর decimal আইটেমে খাটে',
  'questionnaire.file.rangeOrder': 'minValue ({min}), maxValue ({max}) থেকে বেশি',
  'questionnaire.file.conditionUnknown': 'আইটেম "{question}"-এর কথা বলে, কিন্তু এমন কোনো আইটেম নেই',
  'questionnaire.file.conditionSelf': 'নিজের আইটেমেরই কথা বলে',
  'questionnaire.file.conditionNotQuestion':
    'আইটেম "{question}"-এর কথা বলে, যেটি একটি {type} আইটেম, তাই এর কোনো উত্তর থাকে না',
  'questionnaire.file.conditionValueCount':
    'ঠিক একটি উত্তরের মান দরকার (answerBoolean, answerInteger, answerDecimal, answerString বা answerCoding)',
  'questionnaire.file.conditionOperator':
    'আইটেম "{question}" একটি {type} আইটেম, তাই এর সাথে অপারেটর "{operator}" ব্যবহার করা যায় না',
  'questionnaire.file.conditionValueType':
    'আইটেম "{question}"-এ অপারেটর "{operator}"-এর জন্য {expected} দরকার',
  'questionnaire.file.conditionCode': 'কোড "{code}" আইটেম "{question}"-এর কোনো অপশন নয়',
  'questionnaire.file.enableBehavior': 'একাধিক শর্ত আছে, তাই enableBehavior ("all" বা "any") দিতে হবে',
  'questionnaire.file.conditionLoop': 'শর্তগুলো ঘুরে একটি চক্র তৈরি করেছে: {loop}',
  'questionnaire.file.scoringNotJson':
    'স্কোরিং এক্সটেনশনের valueString-এ JSON লেখা থাকতে হবে ({detail})',
  'questionnaire.file.scoringTwice': 'একাধিক স্কোরিং এক্সটেনশন আছে',
  'questionnaire.file.scaleDuplicate': 'স্কেল id "{scale}" একাধিকবার ব্যবহার করা হয়েছে',
  'questionnaire.file.scaleUnknownItem': 'আইটেম "{item}"-এর কথা বলে, কিন্তু এমন কোনো আইটেম নেই',
  'questionnaire.file.scaleDuplicateItem': 'আইটেম "{item}" একাধিকবার তালিকায় রেখেছে',
  'questionnaire.file.notScorable': 'আইটেম "{item}" একটি {type} আইটেম, এর কোনো স্কোর হয় না',
  'questionnaire.file.optionNoScore':
    'আইটেম "{item}", অপশন "{code}"-এর কোনো স্কোর (ordinalValue) নেই',
  'questionnaire.file.reverseNotInScale':
    'আইটেম "{item}"-কে উল্টো করে স্কোর করতে বলে, কিন্তু সেটি এই স্কেলের আইটেমগুলোর মধ্যে নেই',
  'questionnaire.file.reverseRange':
    'উল্টো স্কোরের সীমায় min-কে max-এর চেয়ে ছোট হতে হবে (min {min}, max {max})',
  'questionnaire.file.scoreOutsideReverse':
    'আইটেম "{item}"-এর স্কোর {score} হতে পারে, যা উল্টো স্কোরের সীমা {min}–{max}-এর বাইরে',
  'questionnaire.file.bandRange':
    'স্তর "{band}"-এ min-কে max-এর সমান বা ছোট হতে হবে (min {min}, max {max})',
  'questionnaire.file.bandsOverlap': 'স্তর "{first}" আর "{second}"-এর সীমা একটি আরেকটির ওপর পড়েছে',
  'questionnaire.file.pendingButGiven':
    '{part} লেখার সাথে লোড হবে বলে চিহ্ন দেওয়া আছে, তাই এটি প্রশ্নমালার ফাইলে থাকা চলবে না',
  'questionnaire.file.riskNeedsValue': 'অপারেটর "{operator}"-এর সাথে তুলনা করার জন্য একটি "value" দরকার',
  'questionnaire.file.riskNoValue': 'অপারেটর "unanswered"-এর সাথে কোনো "value" দেওয়া যায় না',

  // What is wrong with answers (a QuestionnaireResponse).
  'questionnaire.answers.wrongQuestionnaire':
    'এই উত্তরগুলো "{actual}"-এর জন্য, "{expected}"-এর জন্য নয়',
  'questionnaire.answers.unknownItem': 'এই প্রশ্নমালায় এই linkId-যুক্ত কোনো আইটেম নেই',
  'questionnaire.answers.misplaced':
    'এই উত্তরগুলোতে এটি যার ভেতরে আছে: {actual}; কিন্তু প্রশ্নমালায় যার ভেতরে থাকার কথা: {expected}',
  'questionnaire.answers.duplicate': 'এই উত্তরগুলোতে একাধিকবার এসেছে',
  'questionnaire.answers.noAnswers': '{type} আইটেমের কোনো উত্তর থাকতে পারে না',
  'questionnaire.answers.oneAnswer': 'শুধু একটি উত্তর দেওয়া যায়',
  'questionnaire.answers.valueCount': 'প্রতিটি উত্তরে ঠিক একটি মান থাকতে হবে',
  'questionnaire.answers.wrongValue': 'এটি একটি {type} আইটেম, তাই {expected} দরকার',
  'questionnaire.answers.unknownCode': 'কোড "{code}" অপশনগুলোর মধ্যে নেই ({codes})',
  'questionnaire.answers.wrongSystem': 'কোড "{code}" আসা উচিত {expected} থেকে',
  'questionnaire.answers.belowMin': '{value} অনুমোদিত সবচেয়ে ছোট উত্তরের ({min}) চেয়ে কম',
  'questionnaire.answers.aboveMax': '{value} অনুমোদিত সবচেয়ে বড় উত্তরের ({max}) চেয়ে বেশি',
  'questionnaire.answers.tooLong':
    'উত্তরটি {max, plural, one {#টি অক্ষরের} other {#টি অক্ষরের}} চেয়ে লম্বা',
  'questionnaire.answers.required': 'এর উত্তর দেওয়া আবশ্যিক, কিন্তু কোনো উত্তর নেই',
  'questionnaire.answers.hidden': 'এর শর্ত এটিকে লুকিয়ে রাখে, তাই এর কোনো উত্তর থাকা চলবে না',
  'questionnaire.answers.needsWording': 'উত্তর দেওয়ার আগে এই প্রশ্নমালার লেখা আপনার সেবাকে লোড করতে হবে',

  // Kinds of value, named inside the problems above.
  'questionnaire.value.boolean': 'true বা false',
  'questionnaire.value.integer': 'একটি পূর্ণ সংখ্যা (valueInteger)',
  'questionnaire.value.decimal': 'একটি সংখ্যা (valueDecimal)',
  'questionnaire.value.string': 'লেখা (valueString)',
  'questionnaire.value.coding': 'অপশনগুলোর একটি (valueCoding)',
  'questionnaire.value.answerBoolean': 'answerBoolean',
  'questionnaire.value.answerInteger': 'answerInteger',
  'questionnaire.value.answerNumber': 'answerInteger বা answerDecimal',
  'questionnaire.value.answerString': 'answerString',
  'questionnaire.value.answerCoding': 'answerCoding',
  'questionnaire.value.text': 'লেখা',
  'questionnaire.value.number': 'একটি সংখ্যা',
  'questionnaire.value.wholeNumber': 'একটি পূর্ণ সংখ্যা',
  'questionnaire.value.list': 'একটি তালিকা',
  'questionnaire.value.object': 'একটি অবজেক্ট',
  'questionnaire.value.nothing': 'কিছুই না',

  // How a score was worked out, step by step, shown with the score.
  'questionnaire.explain.needsWording':
    'এই প্রশ্নমালার লেখা আপনার সেবাকে আগে লোড করতে হবে ({parts}), তাই এখনো এর স্কোর বের করা যাচ্ছে না।',
  'questionnaire.explain.partWording': 'প্রশ্নগুলোর লেখা',
  'questionnaire.explain.partReverse': 'কোন প্রশ্নগুলো উল্টো করে স্কোর করা হয়',
  'questionnaire.explain.partConversion': 'রূপান্তর সারণি',
  'questionnaire.explain.method.sum': 'এই স্কোর হলো এই প্রশ্নগুলোর যোগফল: {items}।',
  'questionnaire.explain.method.mean': 'এই স্কোর হলো এই প্রশ্নগুলোর গড়: {items}।',
  'questionnaire.explain.choice': 'প্রশ্ন "{item}": "{answer}"-এর স্কোর {score}।',
  'questionnaire.explain.number': 'প্রশ্ন "{item}": উত্তর {score}।',
  'questionnaire.explain.reversed':
    'প্রশ্ন "{item}" উল্টো করে স্কোর করা হয়: {min} + {max} − {score} = {reversed}।',
  'questionnaire.explain.missing': 'প্রশ্ন "{item}"-এর কোনো উত্তর নেই।',
  'questionnaire.explain.hidden':
    'প্রশ্ন "{item}" জিজ্ঞেস করা হয়নি (একটি শর্তের কারণে লুকানো ছিল), তাই এটিকে বাদ পড়া উত্তর হিসেবে গোনা হয়।',
  'questionnaire.explain.invalid':
    'প্রশ্ন "{item}": উত্তরটি অপশনগুলোর একটি নয়, তাই এটিকে বাদ পড়া উত্তর হিসেবে গোনা হয়।',
  'questionnaire.explain.sum':
    'উত্তর দেওয়া প্রশ্নগুলোর যোগফল ({total}টির মধ্যে {count}টি): {terms} = {sum}।',
  'questionnaire.explain.mean':
    'উত্তর দেওয়া প্রশ্নগুলোর গড় ({total}টির মধ্যে {count}টি): {sum} ÷ {count} = {mean}।',
  'questionnaire.explain.prorated':
    'বাদ পড়া উত্তর: {total}টির মধ্যে {missing}টি। সর্বোচ্চ {allowed}টি বাদ পড়তে পারে, তাই যোগফল আনুপাতিক হিসেবে বের করা হয়েছে: {sum} × {total} ÷ {answered} = {value}।',
  'questionnaire.explain.meanMissing':
    'বাদ পড়া উত্তর: {total}টির মধ্যে {missing}টি। সর্বোচ্চ {allowed}টি বাদ পড়তে পারে, তাই গড় বের করা হয়েছে শুধু উত্তর দেওয়া প্রশ্নগুলো থেকে।',
  'questionnaire.explain.tooManyMissing':
    'বাদ পড়া উত্তর: {total}টির মধ্যে {missing}টি। সর্বোচ্চ {allowed}টি বাদ পড়তে পারে, তাই কোনো স্কোর দেওয়া হয়নি।',
  'questionnaire.explain.noneAllowed':
    'বাদ পড়া উত্তর: {total}টির মধ্যে {missing}টি। এই স্কোরের জন্য প্রতিটি প্রশ্নের উত্তর দিতে হয়, তাই কোনো স্কোর দেওয়া হয়নি।',
  'questionnaire.explain.rounded':
    'রাউন্ড করে {decimals, plural, one {দশমিকের পর #টি ঘর} other {দশমিকের পর #টি ঘর}} রাখা হয়েছে: {value}।',
  'questionnaire.explain.roundedWhole': 'রাউন্ড করে পূর্ণ সংখ্যা করা হয়েছে: {value}।',
  'questionnaire.explain.roundedHalf':
    'রাউন্ড করে {decimals, plural, one {দশমিকের পর #টি ঘর} other {দশমিকের পর #টি ঘর}} রাখা হয়েছে: {raw} ঠিক মাঝামাঝি, আর মাঝামাঝি মান ওপরের দিকে রাউন্ড হয়, তাই {value}।',
  'questionnaire.explain.roundedWholeHalf':
    'রাউন্ড করে পূর্ণ সংখ্যা করা হয়েছে: {raw} ঠিক মাঝামাঝি, আর মাঝামাঝি মান ওপরের দিকে রাউন্ড হয়, তাই {value}।',
  'questionnaire.explain.proratedResult':
    'এই স্কোরটি আনুপাতিক হিসেবে বের করা: সবগুলো নয়, {total}টি উত্তরের মধ্যে {answered}টি থেকে হিসাব করা হয়েছে।',
  'questionnaire.explain.riskNotImputed':
    'বাদ পড়া উত্তর: {total}টির মধ্যে {missing}টি, যার মধ্যে আছে {items}। {watched, plural, one {ওই প্রশ্নটি নিরাপত্তা নিয়ে, তাই এর উত্তর} other {ওই প্রশ্নগুলো নিরাপত্তা নিয়ে, তাই সেগুলোর উত্তর}} কখনো অন্য উত্তরগুলো থেকে অনুমান করা হয় না, আর কোনো স্কোর দেওয়া হয়নি।',
  'questionnaire.explain.riskUnanswered': 'প্রশ্ন "{item}"-এর উত্তর দেওয়া হয়নি: {label}',
  'questionnaire.explain.converted': 'রূপান্তর সারণি অনুযায়ী কাঁচা স্কোর {raw} হয় {value}।',
  'questionnaire.explain.notInTable': 'কাঁচা স্কোর {raw} রূপান্তর সারণিতে নেই, তাই কোনো স্কোর দেওয়া হয়নি।',
  'questionnaire.explain.band': '{value} স্কোরটি "{band}" স্তরে পড়ে ({min}–{max})।',
  'questionnaire.explain.noBand': '{value} স্কোরটি কোনো স্তরে পড়ে না।',
  'questionnaire.explain.result': 'স্কোর: {value}।',
  'questionnaire.explain.risk': 'প্রশ্ন "{item}"-এর স্কোর {score} ({operator} {value}): {label}',

  // What is wrong with a service’s wording file for a measure (on the command line).
  'questionnaire.wording.measure': 'এই লেখা "{actual}"-এর জন্য, কিন্তু প্রশ্নমালাটি "{expected}"',
  'questionnaire.wording.version':
    'এই লেখা সংস্করণ {actual}-এর জন্য, কিন্তু প্রশ্নমালাটির সংস্করণ {expected}',
  'questionnaire.wording.unknownItem': 'আইটেম "{item}" প্রশ্নমালায় নেই',
  'questionnaire.wording.missingItem': 'ফাইলে আইটেম "{item}"-এর কোনো লেখা নেই',
  'questionnaire.wording.notChoice': 'আইটেম "{item}" choice আইটেম নয়, তাই এর কোনো উত্তরের অপশন নেই',
  'questionnaire.wording.unknownOption': 'আইটেম "{item}"-এ কোড "{code}"-এর কোনো অপশন নেই',
  'questionnaire.wording.missingOption': 'ফাইলে আইটেম "{item}", অপশন "{code}"-এর কোনো লেখা নেই',
  'questionnaire.wording.unknownScale': 'স্কেল "{scale}" প্রশ্নমালায় নেই',
  'questionnaire.wording.notPending': 'স্কেল "{scale}" লেখার ফাইল থেকে {part} নেয় না',
  'questionnaire.wording.missingPart': 'স্কেল "{scale}"-এর জন্য লেখার ফাইলে {part} দরকার',
  'questionnaire.wording.part.reverse': 'উল্টো করে স্কোর করা আইটেমের তালিকা',
  'questionnaire.wording.part.conversion': 'রূপান্তর সারণি',

  // Importing a file (on the command line).
  'questionnaire.import.unknownKind':
    'এটি FHIR Questionnaire (resourceType "Questionnaire") নয়, আবার লেখার ফাইলও ("measure", "version" আর "items"-সহ) নয়',
  'questionnaire.import.noMeasure': 'এই লেখা লোড করার জন্য "{measure}" প্রশ্নমালার সংস্করণ {version} নেই',
} satisfies Words;
