import type { Words } from '../../../translate.ts';

export default {
  'validation.required': 'Rhowch {field}',
  'validation.requiredGeneric': 'All hwn ddim bod yn wag',
  'validation.tooLong': 'Rhaid i hwn fod yn {max} cymeriad neu lai',
  'validation.tooShort': 'Rhaid i hwn fod yn {min} cymeriad o leiaf',
  'validation.tooMany': 'Gallwch chi gael hyd at {max} o’r rhain',
  'validation.wrongType': 'Dydy hwn ddim yn werth o’r math cywir',
  'validation.unknownField': 'Dydy’r maes hwn ddim yn cael ei ganiatáu: {keys}',
  'validation.email': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com',
  'validation.date': 'Rhowch ddyddiad go iawn, fel 2024-03-28',
  'validation.choice': 'Dewiswch un o’r opsiynau',
  'validation.id': 'Dydy hwn ddim yn gyfeirnod dilys',
  'validation.invalid': 'Dydy’r gwerth hwn ddim yn ddilys',
  'validation.unstorableText':
    'Mae cymeriad cudd neu doredig yma sydd ddim yn gallu cael ei gadw. Tynnwch e a rhowch gynnig arall arni.',
  'validation.dateTime': 'Rhowch ddyddiad ac amser gyda’i gylchfa amser, fel 2026-11-25T10:00:00Z',
  'validation.dateOrTime': 'Rhowch ddyddiad go iawn, fel 2024-03-28, neu ddyddiad ac amser',
  'validation.tooEarly': 'Rhowch ddyddiad o 1 Ionawr 2000 ymlaen',
  'validation.future': 'All hwn ddim bod yn y dyfodol',
  'validation.rangeOrder': 'All y dechrau ddim bod ar ôl y diwedd',
  'validation.periodOrDates': 'Dewiswch gyfnod neu ddyddiadau, nid y ddau',
  'validation.plausibleToday': 'Rhowch ddyddiad heddiw',
  'validation.score': 'Rhowch rif cyfan o {min} i {max}',
  'validation.scaleId':
    'Dewiswch un o’r graddfeydd, neu rhowch id i’ch graddfa eich hun sy’n dechrau gydag own-',
  'validation.unknownScale': 'Dydy hon ddim yn un o raddfeydd eich gwiriad lles',
  'validation.builtInScaleName': 'Mae graddfeydd parod yn cadw eu henw eu hunain',
  'validation.rangeLocked':
    'Mae gan y raddfa hon sgoriau yn barod, felly does dim modd newid ei hystod. Ychwanegwch raddfa newydd yn lle hynny.',
  'validation.scaleHasScores':
    'Does dim modd tynnu graddfa sydd â sgoriau. Rhowch y gorau i’w defnyddio yn lle hynny.',
  'validation.tooManyOwnScales':
    'Gallwch chi ddefnyddio hyd at {max} o’ch graddfeydd eich hun ar y tro',
  'validation.duplicate': 'Mae hwn yn ymddangos fwy nag unwaith',
  'validation.nothingToSave':
    'Rhowch o leiaf un sgôr, neu dywedwch pa arwyddion rhybudd sy’n bresennol',
  'validation.unknownPrompt': 'Dydy hwn ddim yn un o’ch cwestiynau am arwyddion rhybudd',
  'validation.notInPlan': 'Dydy hwn ddim yn arwydd rhybudd cynnar yn eich cynllun cadw’n iach',
  'validation.ownLifeArea': 'Dewiswch un o’ch meysydd bywyd',
  'validation.rateOne': 'Rhowch sgôr i o leiaf un maes bywyd',
  'validation.measureUnknown': 'Dewiswch holiadur o’r rhestr',
  'validation.measureRetired':
    'Dydy’r holiadur hwn ddim yn cael ei ddefnyddio bellach. Dewiswch un arall.',
  'validation.measureFinished': 'Gorffennwch yr holiadur cyn ei gadw',
  'validation.notInFuture': 'All hwn ddim bod yn y dyfodol',
  'validation.ownGoal': 'Dewiswch un o’ch nodau',
  'validation.goalTwice': 'Rhowch sgôr i bob nod unwaith yn unig',
  'validation.goalRating': 'Dewiswch rif cyfan o 0 i 10',
  'validation.changeSomething': 'Newidiwch y nodyn neu “I mi yn unig”',
  'validation.phone': 'Rhowch rif ffôn. Defnyddiwch ddigidau, bylchau, cromfachau, + a - yn unig',
  'validation.ownContact': 'Dewiswch rywun o’ch rhwydwaith cymorth',
  'validation.ownDocument': 'Dewiswch ddogfen rydych chi wedi’i llwytho i fyny',
  'validation.expiry': 'Dewiswch ddyddiad dod i ben rhwng 1 awr a 30 diwrnod',
  'validation.language': 'Dewiswch un o’r ieithoedd yn y rhestr',
} satisfies Words;
