import type { Words } from '../../../translate.ts';

// Machine translations, awaiting review by a native Urdu speaker.

export default {
  // One problem and where it is: item "q3": "linkId" is missing.
  'questionnaire.problemAt': '{where}: {problem}',

  // Where a problem is: the start of every problem.
  'questionnaire.where.questionnaire': 'سوال نامہ',
  'questionnaire.where.answers': 'جوابات',
  'questionnaire.where.item': 'آئٹم "{item}"',
  'questionnaire.where.itemAt': '{parent} کا آئٹم نمبر {position}',
  'questionnaire.where.top': 'سب سے اوپر والی سطح',
  'questionnaire.where.option': 'آئٹم "{item}"، جواب کا آپشن نمبر {position}',
  'questionnaire.where.condition': 'آئٹم "{item}"، شرط نمبر {position}',
  'questionnaire.where.scoring': 'اسکور کا حساب',
  'questionnaire.where.scale': 'اسکور کا حساب، اسکیل "{scale}"',
  'questionnaire.where.risk': 'اسکور کا حساب، خطرے کا اصول "{rule}"',
  'questionnaire.where.wording': 'الفاظ والی فائل',

  // What is wrong with the shape of a file or of answers.
  'questionnaire.problem.notObject': 'یہ JSON آبجیکٹ ہونا چاہیے',
  'questionnaire.problem.resourceType': 'resourceType کو "{expected}" ہونا چاہیے، {actual} نہیں',
  'questionnaire.problem.missing': '"{field}" موجود نہیں ہے',
  'questionnaire.problem.wrongType': '"{field}" کو {expected} ہونا چاہیے، {actual} نہیں',
  'questionnaire.problem.notOneOf':
    '"{field}" کو ان میں سے کوئی ایک ہونا چاہیے: {allowed}، {actual} نہیں',
  'questionnaire.problem.empty': '"{field}" خالی نہیں ہونا چاہیے',
  'questionnaire.problem.tooSmall': '"{field}" کم از کم {minimum} ہونا چاہیے',
  'questionnaire.problem.tooBig': '"{field}" زیادہ سے زیادہ {maximum} ہونا چاہیے',
  'questionnaire.problem.format': '"{field}" درست شکل میں نہیں ہے',
  'questionnaire.problem.unknownField': 'فیلڈ "{field}" کی یہاں اجازت نہیں ہے',
  'questionnaire.problem.invalid': '"{field}" درست نہیں ہے',

  // What is wrong with a questionnaire file: its items, conditions and scoring rules. Said to
  // the service that imports the file, on the command line.
  'questionnaire.file.typeNotSupported':
    'ٹائپ "{type}" سپورٹ نہیں کی جاتی (سپورٹ ہونے والی ٹائپس: {supported})',
  'questionnaire.file.duplicateLinkId': 'linkId "{linkId}" ایک سے زیادہ آئٹمز میں استعمال ہوئی ہے',
  'questionnaire.file.groupNeedsItems': 'گروپ کے اندر کم از کم ایک آئٹم ہونا ضروری ہے',
  'questionnaire.file.onlyGroupsNest':
    'صرف گروپس کے اندر آئٹمز ہو سکتے ہیں، لیکن اس {type} آئٹم کے اندر آئٹمز موجود ہیں',
  'questionnaire.file.displayRequired': 'display آئٹم کو ضروری (required) نہیں بنایا جا سکتا',
  'questionnaire.file.choiceNeedsOptions':
    'choice آئٹم میں کم از کم ایک answerOption ہونا ضروری ہے',
  'questionnaire.file.optionsOnlyForChoice':
    'answerOption صرف choice آئٹمز پر ہو سکتا ہے، {type} آئٹم پر نہیں',
  'questionnaire.file.answerValueSet':
    'answerValueSet سپورٹ نہیں کیا جاتا: آپشنز answerOption میں لکھیں',
  'questionnaire.file.repeats': 'دہرائے جانے والے آئٹمز ("repeats": true) سپورٹ نہیں کیے جاتے',
  'questionnaire.file.optionNeedsCoding':
    'آپشن میں کوڈ والا valueCoding ہونا ضروری ہے (دوسری قسم کے آپشنز سپورٹ نہیں کیے جاتے)',
  'questionnaire.file.duplicateOptionCode': 'کوڈ "{code}" ایک سے زیادہ آپشنز میں استعمال ہوا ہے',
  'questionnaire.file.scoreNotNumber':
    'ordinalValue ایکسٹینشن کے valueDecimal میں نمبر ہونا ضروری ہے',
  'questionnaire.file.itemWeight':
    'اس میں itemWeight ایکسٹینشن استعمال ہوئی ہے؛ Waymark آپشنز کے اسکور ordinalValue ایکسٹینشن ({url}) سے پڑھتا ہے',
  'questionnaire.file.rangeNotNumber': '{which} ایکسٹینشن میں {expected} ہونا ضروری ہے',
  'questionnaire.file.rangeOnlyNumbers':
    '{which} ایکسٹینشن صرف integer اور decimal آئٹمز پر لاگو ہوتی ہے',
  'questionnaire.file.rangeOrder': 'minValue ({min}) کی قدر maxValue ({max}) سے زیادہ ہے',
  'questionnaire.file.conditionUnknown': 'یہ آئٹم "{question}" کا حوالہ دیتی ہے، جو موجود نہیں ہے',
  'questionnaire.file.conditionSelf': 'یہ اپنے ہی آئٹم کا حوالہ دیتی ہے',
  'questionnaire.file.conditionNotQuestion':
    'یہ آئٹم "{question}" کا حوالہ دیتی ہے، جو {type} آئٹم ہے اور اس کا کوئی جواب نہیں ہوتا',
  'questionnaire.file.conditionValueCount':
    'اس میں جواب کی بالکل ایک قدر ہونی چاہیے (answerBoolean، answerInteger، answerDecimal، answerString یا answerCoding)',
  'questionnaire.file.conditionOperator':
    'آپریٹر "{operator}" آئٹم "{question}" ({type} آئٹم) کے ساتھ استعمال نہیں ہو سکتا',
  'questionnaire.file.conditionValueType':
    'آئٹم "{question}" پر آپریٹر "{operator}" کے لیے {expected} ضروری ہے',
  'questionnaire.file.conditionCode': 'کوڈ "{code}" آئٹم "{question}" کا کوئی آپشن نہیں ہے',
  'questionnaire.file.enableBehavior':
    'اس میں ایک سے زیادہ شرطیں ہیں، اس لیے enableBehavior ("all" یا "any") ضروری ہے',
  'questionnaire.file.conditionLoop': 'شرطیں ایک چکر بنا رہی ہیں: {loop}',
  'questionnaire.file.scoringNotJson':
    'اسکورنگ ایکسٹینشن کے valueString میں JSON متن ہونا چاہیے ({detail})',
  'questionnaire.file.scoringTwice': 'اسکورنگ ایکسٹینشن ایک سے زیادہ ہیں',
  'questionnaire.file.scaleDuplicate': 'اسکیل کی id "{scale}" ایک سے زیادہ بار استعمال ہوئی ہے',
  'questionnaire.file.scaleUnknownItem': 'یہ آئٹم "{item}" کا حوالہ دیتا ہے، جو موجود نہیں ہے',
  'questionnaire.file.scaleDuplicateItem': 'اس میں آئٹم "{item}" ایک سے زیادہ بار درج ہے',
  'questionnaire.file.notScorable': 'آئٹم "{item}" ایک {type} آئٹم ہے، جس کا کوئی اسکور نہیں ہوتا',
  'questionnaire.file.optionNoScore':
    'آئٹم "{item}" کے آپشن "{code}" کا کوئی اسکور (ordinalValue) نہیں ہے',
  'questionnaire.file.reverseNotInScale':
    'یہ آئٹم "{item}" کا اسکور الٹا کرتا ہے، جو اس اسکیل کے آئٹمز میں شامل نہیں ہے',
  'questionnaire.file.reverseRange':
    'الٹے اسکور کی رینج میں min کو max سے کم ہونا چاہیے (min {min}، max {max})',
  'questionnaire.file.scoreOutsideReverse':
    'آئٹم "{item}" کا اسکور {score} ہو سکتا ہے، جو الٹے اسکور کی رینج {min}–{max} سے باہر ہے',
  'questionnaire.file.bandRange':
    'درجے "{band}" میں min کو max کے برابر یا اس سے کم ہونا چاہیے (min {min}، max {max})',
  'questionnaire.file.bandsOverlap':
    'درجوں "{first}" اور "{second}" کی رینجز ایک دوسرے میں آ جاتی ہیں',
  'questionnaire.file.pendingButGiven':
    '{part} پر نشان ہے کہ یہ الفاظ کے ساتھ لوڈ ہوگا، اس لیے اسے سوال نامے کی فائل میں نہیں ہونا چاہیے',
  'questionnaire.file.riskNeedsValue': 'آپریٹر "{operator}" کو موازنے کے لیے "value" چاہیے',
  'questionnaire.file.riskNoValue': 'آپریٹر "unanswered" کے ساتھ "value" نہیں دی جاتی',

  // What is wrong with answers (a QuestionnaireResponse).
  'questionnaire.answers.wrongQuestionnaire': 'یہ جوابات "{actual}" کے ہیں، "{expected}" کے نہیں',
  'questionnaire.answers.unknownItem': 'اس سوال نامے میں اس linkId والا کوئی آئٹم نہیں ہے',
  'questionnaire.answers.misplaced':
    'ان جوابات میں یہ {actual} کے اندر ہے، لیکن سوال نامے میں {expected} کے اندر ہے',
  'questionnaire.answers.duplicate': 'یہ ان جوابات میں ایک سے زیادہ بار آیا ہے',
  'questionnaire.answers.noAnswers': '{type} آئٹم کا کوئی جواب نہیں ہو سکتا',
  'questionnaire.answers.oneAnswer': 'صرف ایک جواب کی اجازت ہے',
  'questionnaire.answers.valueCount': 'ہر جواب میں بالکل ایک قدر ہونی چاہیے',
  'questionnaire.answers.wrongValue': 'اس کے لیے {expected} ضروری ہے، کیونکہ یہ {type} آئٹم ہے',
  'questionnaire.answers.unknownCode': 'کوڈ "{code}" آپشنز ({codes}) میں سے نہیں ہے',
  'questionnaire.answers.wrongSystem': 'کوڈ "{code}" کو {expected} سے ہونا چاہیے',
  'questionnaire.answers.belowMin': '{value} کم سے کم قابلِ قبول جواب {min} سے کم ہے',
  'questionnaire.answers.aboveMax': '{value} زیادہ سے زیادہ قابلِ قبول جواب {max} سے زیادہ ہے',
  'questionnaire.answers.tooLong': 'جواب {max, plural, one {# حرف} other {# حروف}} سے لمبا ہے',
  'questionnaire.answers.required': 'اس کا جواب ضروری ہے، لیکن کوئی جواب نہیں دیا گیا',
  'questionnaire.answers.hidden':
    'یہ اپنی شرط کی وجہ سے چھپا ہوا ہے، اس لیے اس کا جواب نہیں ہونا چاہیے',
  'questionnaire.answers.needsWording':
    'اس سوال نامے کے الفاظ پہلے آپ کی سروس کو لوڈ کرنے ہوں گے، اس کے بعد ہی اس کے جواب دیے جا سکتے ہیں',

  // Kinds of value, named inside the problems above.
  'questionnaire.value.boolean': 'true یا false',
  'questionnaire.value.integer': 'پورا نمبر (valueInteger)',
  'questionnaire.value.decimal': 'نمبر (valueDecimal)',
  'questionnaire.value.string': 'متن (valueString)',
  'questionnaire.value.coding': 'آپشنز میں سے کوئی ایک (valueCoding)',
  'questionnaire.value.answerBoolean': 'answerBoolean',
  'questionnaire.value.answerInteger': 'answerInteger',
  'questionnaire.value.answerNumber': 'answerInteger یا answerDecimal',
  'questionnaire.value.answerString': 'answerString',
  'questionnaire.value.answerCoding': 'answerCoding',
  'questionnaire.value.text': 'متن',
  'questionnaire.value.number': 'نمبر',
  'questionnaire.value.wholeNumber': 'پورا نمبر',
  'questionnaire.value.list': 'فہرست',
  'questionnaire.value.object': 'آبجیکٹ',
  'questionnaire.value.nothing': 'کچھ نہیں',

  // How a score was worked out, step by step, shown with the score.
  'questionnaire.explain.needsWording':
    'اس سوال نامے کے الفاظ پہلے آپ کی سروس کو لوڈ کرنے ہوں گے ({parts})، اس لیے ابھی اس کا اسکور نہیں نکالا جا سکتا۔',
  'questionnaire.explain.partWording': 'سوالات کے الفاظ',
  'questionnaire.explain.partReverse': 'کن سوالات کا اسکور الٹا گنا جاتا ہے',
  'questionnaire.explain.partConversion': 'تبدیلی کا ٹیبل',
  'questionnaire.explain.method.sum': 'یہ اسکور سوالات {items} کو جمع کر کے نکلتا ہے۔',
  'questionnaire.explain.method.mean': 'یہ اسکور سوالات {items} کی اوسط ہے۔',
  'questionnaire.explain.choice': 'سوال "{item}": "{answer}" کا اسکور {score} ہے۔',
  'questionnaire.explain.number': 'سوال "{item}": جواب {score} دیا گیا۔',
  'questionnaire.explain.reversed':
    'سوال "{item}" کا اسکور الٹا گنا جاتا ہے: {min} + {max} − {score} = {reversed}۔',
  'questionnaire.explain.missing': 'سوال "{item}" کا کوئی جواب نہیں ہے۔',
  'questionnaire.explain.hidden':
    'سوال "{item}" پوچھا نہیں گیا (ایک شرط کی وجہ سے چھپا ہوا تھا)، اس لیے اسے بغیر جواب کے گنا جاتا ہے۔',
  'questionnaire.explain.invalid':
    'سوال "{item}": جواب آپشنز میں سے نہیں ہے، اس لیے اسے بغیر جواب کے گنا جاتا ہے۔',
  'questionnaire.explain.sum':
    'جن سوالات کے جواب دیے گئے ({total} میں سے {count})، ان کا مجموعہ: {terms} = {sum}۔',
  'questionnaire.explain.mean':
    'جن سوالات کے جواب دیے گئے ({total} میں سے {count})، ان کی اوسط: {sum} ÷ {count} = {mean}۔',
  'questionnaire.explain.prorated':
    'جواب نہیں دیے گئے: {total} میں سے {missing}۔ زیادہ سے زیادہ {allowed} جواب چھوڑے جا سکتے ہیں، اس لیے مجموعے کو تناسب سے بڑھایا گیا ہے: {sum} × {total} ÷ {answered} = {value}۔',
  'questionnaire.explain.meanMissing':
    'جواب نہیں دیے گئے: {total} میں سے {missing}۔ زیادہ سے زیادہ {allowed} جواب چھوڑے جا سکتے ہیں، اس لیے اوسط صرف ان سوالات سے نکالی گئی ہے جن کے جواب دیے گئے۔',
  'questionnaire.explain.tooManyMissing':
    'جواب نہیں دیے گئے: {total} میں سے {missing}۔ زیادہ سے زیادہ {allowed} جواب چھوڑے جا سکتے ہیں، اس لیے کوئی اسکور نہیں دیا گیا۔',
  'questionnaire.explain.noneAllowed':
    'جواب نہیں دیے گئے: {total} میں سے {missing}۔ اس اسکور کے لیے ہر سوال کا جواب دینا ضروری ہے، اس لیے کوئی اسکور نہیں دیا گیا۔',
  'questionnaire.explain.rounded':
    '{decimals, plural, one {اعشاریہ کے بعد # ہندسے} other {اعشاریہ کے بعد # ہندسوں}} تک گول کیا گیا: {value}۔',
  'questionnaire.explain.roundedWhole': 'پورے نمبر تک گول کیا گیا: {value}۔',
  'questionnaire.explain.roundedHalf':
    '{decimals, plural, one {اعشاریہ کے بعد # ہندسے} other {اعشاریہ کے بعد # ہندسوں}} تک گول کیا گیا: {raw} بالکل درمیان میں ہے، اور آدھے کو اوپر کی طرف گول کیا جاتا ہے، اس لیے {value}۔',
  'questionnaire.explain.roundedWholeHalf':
    'پورے نمبر تک گول کیا گیا: {raw} بالکل درمیان میں ہے، اور آدھے کو اوپر کی طرف گول کیا جاتا ہے، اس لیے {value}۔',
  'questionnaire.explain.proratedResult':
    'اس اسکور کا اندازہ لگایا گیا ہے: یہ سارے جوابات سے نہیں، بلکہ {total} میں سے {answered} جوابات سے نکالا گیا۔',
  'questionnaire.explain.riskNotImputed':
    'جواب نہیں دیے گئے: {items} سمیت {total} میں سے {missing}۔ {watched, plural, one {وہ سوال حفاظت کے بارے میں ہے، اس لیے اس کے جواب کا} other {وہ سوالات حفاظت کے بارے میں ہیں، اس لیے ان کے جوابات کا}} اندازہ کبھی دوسرے جوابات سے نہیں لگایا جاتا، اور کوئی اسکور نہیں دیا گیا۔',
  'questionnaire.explain.riskUnanswered': 'سوال "{item}" کا جواب نہیں دیا گیا: {label}',
  'questionnaire.explain.converted': 'تبدیلی کا ٹیبل خام اسکور {raw} کو {value} میں بدلتا ہے۔',
  'questionnaire.explain.notInTable':
    'خام اسکور {raw} تبدیلی کے ٹیبل میں نہیں ہے، اس لیے کوئی اسکور نہیں دیا گیا۔',
  'questionnaire.explain.band': '{value} کا اسکور درجے "{band}" ({min}–{max}) میں آتا ہے۔',
  'questionnaire.explain.noBand': '{value} کا اسکور کسی درجے میں نہیں آتا۔',
  'questionnaire.explain.result': 'اسکور: {value}۔',
  'questionnaire.explain.risk': 'سوال "{item}" کا اسکور {score} آیا ({operator} {value}): {label}',

  // What is wrong with a service’s wording file for a measure (on the command line).
  'questionnaire.wording.measure': 'یہ الفاظ "{actual}" کے لیے ہیں، لیکن سوال نامہ "{expected}" ہے',
  'questionnaire.wording.version':
    'یہ الفاظ ورژن {actual} کے لیے ہیں، لیکن سوال نامے کا ورژن {expected} ہے',
  'questionnaire.wording.unknownItem': 'آئٹم "{item}" سوال نامے میں نہیں ہے',
  'questionnaire.wording.missingItem': 'فائل میں آئٹم "{item}" کے الفاظ نہیں ہیں',
  'questionnaire.wording.notChoice':
    'آئٹم "{item}" choice آئٹم نہیں ہے، اس لیے اس کے جواب کے آپشنز نہیں ہوتے',
  'questionnaire.wording.unknownOption': 'آئٹم "{item}" میں کوڈ "{code}" والا کوئی آپشن نہیں ہے',
  'questionnaire.wording.missingOption':
    'فائل میں آئٹم "{item}" کے آپشن "{code}" کے الفاظ نہیں ہیں',
  'questionnaire.wording.unknownScale': 'اسکیل "{scale}" سوال نامے میں نہیں ہے',
  'questionnaire.wording.notPending': 'اسکیل "{scale}" الفاظ والی فائل سے {part} نہیں لیتا',
  'questionnaire.wording.missingPart': 'اسکیل "{scale}" کو الفاظ والی فائل سے {part} چاہیے',
  'questionnaire.wording.part.reverse': 'الٹے اسکور والے آئٹمز کی فہرست',
  'questionnaire.wording.part.conversion': 'تبدیلی کا ٹیبل',

  // Importing a file (on the command line).
  'questionnaire.import.unknownKind':
    'یہ نہ تو FHIR Questionnaire (resourceType "Questionnaire") ہے اور نہ ہی الفاظ والی فائل ("measure"، "version" اور "items" کے ساتھ)',
  'questionnaire.import.noMeasure':
    'سوال نامہ "{measure}" کا ورژن {version} موجود نہیں ہے جس میں یہ الفاظ لوڈ کیے جا سکیں',
} satisfies Words;
