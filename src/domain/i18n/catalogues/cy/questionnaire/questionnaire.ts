import type { Words } from '../../../translate.ts';

// Machine translations, awaiting review by a native speaker.

export default {
  // One problem and where it is: item "q3": "linkId" is missing.
  'questionnaire.problemAt': '{where}: {problem}',

  // Where a problem is: the start of every problem.
  'questionnaire.where.questionnaire': 'yr holiadur',
  'questionnaire.where.answers': 'yr atebion',
  'questionnaire.where.item': 'eitem "{item}"',
  'questionnaire.where.itemAt': 'eitem {position} o fewn {parent}',
  'questionnaire.where.top': 'y lefel uchaf',
  'questionnaire.where.option': 'eitem "{item}", opsiwn ateb {position}',
  'questionnaire.where.condition': 'eitem "{item}", amod {position}',
  'questionnaire.where.scoring': 'y sgorio',
  'questionnaire.where.scale': 'y sgorio, graddfa "{scale}"',
  'questionnaire.where.risk': 'y sgorio, rheol risg "{rule}"',
  'questionnaire.where.wording': 'y ffeil geiriad',

  // What is wrong with the shape of a file or of answers.
  'questionnaire.problem.notObject': 'rhaid i hwn fod yn wrthrych JSON',
  'questionnaire.problem.resourceType': 'rhaid i resourceType fod yn "{expected}", nid {actual}',
  'questionnaire.problem.missing': 'mae "{field}" ar goll',
  'questionnaire.problem.wrongType': 'mae angen {expected} yn "{field}", nid {actual}',
  'questionnaire.problem.notOneOf': 'rhaid i "{field}" fod yn un o {allowed}, nid {actual}',
  'questionnaire.problem.empty': 'all "{field}" ddim bod yn wag',
  'questionnaire.problem.tooSmall': 'rhaid i "{field}" fod yn {minimum} o leiaf',
  'questionnaire.problem.tooBig': 'rhaid i "{field}" fod yn {maximum} ar y mwyaf',
  'questionnaire.problem.format': 'dydy "{field}" ddim yn y fformat cywir',
  'questionnaire.problem.unknownField': 'dydy’r maes "{field}" ddim yn cael ei ganiatáu yma',
  'questionnaire.problem.invalid': 'dydy "{field}" ddim yn ddilys',

  // What is wrong with a questionnaire file: its items, conditions and scoring rules. Said to
  // the service that imports the file, on the command line.
  'questionnaire.file.typeNotSupported':
    'dydy’r math "{type}" ddim yn cael ei gefnogi (y mathau sy’n cael eu cefnogi: {supported})',
  'questionnaire.file.duplicateLinkId': 'mae mwy nag un eitem yn defnyddio linkId "{linkId}"',
  'questionnaire.file.groupNeedsItems':
    'mae angen o leiaf un eitem y tu mewn i eitem o’r math group',
  'questionnaire.file.onlyGroupsNest':
    'dim ond eitemau o’r math group sy’n gallu cynnwys eitemau, ond mae eitemau y tu mewn i’r eitem hon o’r math {type}',
  'questionnaire.file.displayRequired': 'all eitem o’r math display ddim bod yn orfodol',
  'questionnaire.file.choiceNeedsOptions':
    'mae angen o leiaf un answerOption ar eitem o’r math choice',
  'questionnaire.file.optionsOnlyForChoice':
    'dim ond ar eitemau o’r math choice mae answerOption yn cael ei ganiatáu, nid ar eitem o’r math {type}',
  'questionnaire.file.answerValueSet':
    'dydy answerValueSet ddim yn cael ei gefnogi: rhestrwch yr opsiynau yn answerOption',
  'questionnaire.file.repeats':
    'dydy eitemau sy’n ailadrodd ("repeats": true) ddim yn cael eu cefnogi',
  'questionnaire.file.optionNeedsCoding':
    'mae angen valueCoding gyda chod ar yr opsiwn (dydy mathau eraill o opsiwn ddim yn cael eu cefnogi)',
  'questionnaire.file.duplicateOptionCode': 'mae mwy nag un opsiwn yn defnyddio’r cod "{code}"',
  'questionnaire.file.scoreNotNumber': 'mae angen rhif yn valueDecimal ar yr estyniad ordinalValue',
  'questionnaire.file.itemWeight':
    'mae’n defnyddio’r estyniad itemWeight; mae Waymark yn darllen sgoriau’r opsiynau o’r estyniad ordinalValue ({url})',
  'questionnaire.file.rangeNotNumber': 'mae angen {expected} ar yr estyniad {which}',
  'questionnaire.file.rangeOnlyNumbers':
    'mae’r estyniad {which} ar gyfer eitemau o’r math integer a decimal yn unig',
  'questionnaire.file.rangeOrder': 'mae minValue ({min}) yn fwy na maxValue ({max})',
  'questionnaire.file.conditionUnknown':
    'mae’n cyfeirio at eitem "{question}", sydd ddim yn bodoli',
  'questionnaire.file.conditionSelf': 'mae’n cyfeirio at yr eitem y mae’n perthyn iddi',
  'questionnaire.file.conditionNotQuestion':
    'mae’n cyfeirio at eitem "{question}", eitem o’r math {type}, sydd heb ateb',
  'questionnaire.file.conditionValueCount':
    'mae angen union un gwerth ateb (answerBoolean, answerInteger, answerDecimal, answerString neu answerCoding)',
  'questionnaire.file.conditionOperator':
    'all y gweithredydd "{operator}" ddim cael ei ddefnyddio gydag eitem "{question}" (eitem o’r math {type})',
  'questionnaire.file.conditionValueType':
    'gyda’r gweithredydd "{operator}" ar eitem "{question}", mae angen {expected}',
  'questionnaire.file.conditionCode':
    'dydy’r cod "{code}" ddim yn un o opsiynau eitem "{question}"',
  'questionnaire.file.enableBehavior':
    'mae gan yr eitem fwy nag un amod, felly mae angen enableBehavior ("all" neu "any")',
  'questionnaire.file.conditionLoop': 'mae’r amodau’n ffurfio dolen: {loop}',
  'questionnaire.file.scoringNotJson':
    'rhaid i’r estyniad sgorio gynnwys testun JSON yn valueString ({detail})',
  'questionnaire.file.scoringTwice': 'mae mwy nag un estyniad sgorio',
  'questionnaire.file.scaleDuplicate':
    'mae’r id graddfa "{scale}" yn cael ei ddefnyddio fwy nag unwaith',
  'questionnaire.file.scaleUnknownItem': 'mae’n cyfeirio at eitem "{item}", sydd ddim yn bodoli',
  'questionnaire.file.scaleDuplicateItem': 'mae’n rhestru eitem "{item}" fwy nag unwaith',
  'questionnaire.file.notScorable': 'mae eitem "{item}" yn eitem o’r math {type}, sydd heb sgôr',
  'questionnaire.file.optionNoScore':
    'does dim sgôr (ordinalValue) i eitem "{item}", opsiwn "{code}"',
  'questionnaire.file.reverseNotInScale':
    'mae’n sgorio eitem "{item}" o chwith, ond dydy hi ddim yn un o eitemau’r raddfa',
  'questionnaire.file.reverseRange':
    'ar gyfer sgorio o chwith, rhaid i min fod yn is na max (min {min}, max {max})',
  'questionnaire.file.scoreOutsideReverse':
    'gall eitem "{item}" sgorio {score}, y tu allan i’r ystod ar gyfer sgorio o chwith, {min}–{max}',
  'questionnaire.file.bandRange':
    'yn y band "{band}", rhaid i min fod yn is na max neu’n hafal iddo (min {min}, max {max})',
  'questionnaire.file.bandsOverlap': 'mae’r bandiau "{first}" a "{second}" yn gorgyffwrdd',
  'questionnaire.file.pendingButGiven':
    'mae {part} wedi’i farcio i gael ei lwytho gyda’r geiriad, felly ddylai e ddim bod yn ffeil yr holiadur',
  'questionnaire.file.riskNeedsValue':
    'mae angen "value" ar y gweithredydd "{operator}", i gymharu’r sgôr ag e',
  'questionnaire.file.riskNoValue': 'dydy’r gweithredydd "unanswered" ddim yn cymryd "value"',

  // What is wrong with answers (a QuestionnaireResponse).
  'questionnaire.answers.wrongQuestionnaire':
    'mae’r atebion hyn ar gyfer "{actual}", nid ar gyfer "{expected}"',
  'questionnaire.answers.unknownItem': 'does dim eitem gyda’r linkId hwn yn yr holiadur hwn',
  'questionnaire.answers.misplaced':
    'mae hon o fewn {actual} yn yr atebion hyn, ond o fewn {expected} yn yr holiadur',
  'questionnaire.answers.duplicate': 'mae’n ymddangos fwy nag unwaith yn yr atebion hyn',
  'questionnaire.answers.noAnswers': 'all eitem o’r math {type} ddim cael ateb',
  'questionnaire.answers.oneAnswer': 'dim ond un ateb sy’n cael ei ganiatáu',
  'questionnaire.answers.valueCount': 'mae angen union un gwerth ar bob ateb',
  'questionnaire.answers.wrongValue':
    'mae angen {expected}, oherwydd ei bod yn eitem o’r math {type}',
  'questionnaire.answers.unknownCode': 'dydy’r cod "{code}" ddim yn un o’r opsiynau ({codes})',
  'questionnaire.answers.wrongSystem': 'dylai’r cod "{code}" ddod o {expected}',
  'questionnaire.answers.belowMin':
    'mae {value} yn is na’r ateb isaf sy’n cael ei ganiatáu, sef {min}',
  'questionnaire.answers.aboveMax':
    'mae {value} yn uwch na’r ateb uchaf sy’n cael ei ganiatáu, sef {max}',
  'questionnaire.answers.tooLong':
    'mae’r ateb yn hirach na {max, plural, zero {# cymeriad} one {# cymeriad} two {# gymeriad} few {# chymeriad} many {# chymeriad} other {# cymeriad}}',
  'questionnaire.answers.required': 'mae angen ateb i’r eitem hon, ond does dim un',
  'questionnaire.answers.hidden':
    'mae’r eitem hon wedi’i chuddio gan ei hamod, felly ddylai hi ddim cael ateb',
  'questionnaire.answers.needsWording':
    'mae angen i’ch gwasanaeth lwytho geiriad yr holiadur hwn cyn bod modd ei ateb',

  // Kinds of value, named inside the problems above.
  'questionnaire.value.boolean': 'true neu false',
  'questionnaire.value.integer': 'rhif cyfan (valueInteger)',
  'questionnaire.value.decimal': 'rhif (valueDecimal)',
  'questionnaire.value.string': 'testun (valueString)',
  'questionnaire.value.coding': 'un o’r opsiynau (valueCoding)',
  'questionnaire.value.answerBoolean': 'answerBoolean',
  'questionnaire.value.answerInteger': 'answerInteger',
  'questionnaire.value.answerNumber': 'answerInteger neu answerDecimal',
  'questionnaire.value.answerString': 'answerString',
  'questionnaire.value.answerCoding': 'answerCoding',
  'questionnaire.value.text': 'testun',
  'questionnaire.value.number': 'rhif',
  'questionnaire.value.wholeNumber': 'rhif cyfan',
  'questionnaire.value.list': 'rhestr',
  'questionnaire.value.object': 'gwrthrych',
  'questionnaire.value.nothing': 'dim byd',

  // How a score was worked out, step by step, shown with the score.
  'questionnaire.explain.needsWording':
    'Mae angen i’ch gwasanaeth lwytho geiriad yr holiadur hwn ({parts}), felly does dim modd rhoi sgôr iddo eto.',
  'questionnaire.explain.partWording': 'geiriad yr eitemau',
  'questionnaire.explain.partReverse': 'pa eitemau sy’n cael eu sgorio o chwith',
  'questionnaire.explain.partConversion': 'y tabl trosi',
  'questionnaire.explain.method.sum': 'Mae’r sgôr hon yn adio eitemau {items} at ei gilydd.',
  'questionnaire.explain.method.mean': 'Y sgôr hon yw cyfartaledd eitemau {items}.',
  'questionnaire.explain.choice': 'Eitem "{item}": mae "{answer}" yn sgorio {score}.',
  'questionnaire.explain.number': 'Eitem "{item}": yr ateb oedd {score}.',
  'questionnaire.explain.reversed':
    'Mae eitem "{item}" yn cael ei sgorio o chwith: {min} + {max} − {score} = {reversed}.',
  'questionnaire.explain.missing': 'Does dim ateb i eitem "{item}".',
  'questionnaire.explain.hidden':
    'Chafodd eitem "{item}" mo’i gofyn (roedd amod yn ei chuddio), felly mae’n cyfrif fel un heb ateb.',
  'questionnaire.explain.invalid':
    'Eitem "{item}": dydy’r ateb ddim yn un o’r opsiynau, felly mae’n cyfrif fel un heb ateb.',
  'questionnaire.explain.sum': 'Adio’r eitemau a atebwyd ({count} o {total}): {terms} = {sum}.',
  'questionnaire.explain.mean':
    'Cyfartaledd yr eitemau a atebwyd ({count} o {total}): {sum} ÷ {count} = {mean}.',
  'questionnaire.explain.prorated':
    'Atebion ar goll: {missing} o {total}. Gall hyd at {allowed} fod ar goll, felly mae’r cyfanswm yn cael ei gyfrifo’n gyfrannol: {sum} × {total} ÷ {answered} = {value}.',
  'questionnaire.explain.meanMissing':
    'Atebion ar goll: {missing} o {total}. Gall hyd at {allowed} fod ar goll, felly mae’r cyfartaledd yn defnyddio’r eitemau a atebwyd yn unig.',
  'questionnaire.explain.tooManyMissing':
    'Atebion ar goll: {missing} o {total}. Dim ond {allowed} ar y mwyaf all fod ar goll, felly does dim sgôr.',
  'questionnaire.explain.noneAllowed':
    'Atebion ar goll: {missing} o {total}. Rhaid ateb pob eitem ar gyfer y sgôr hon, felly does dim sgôr.',
  'questionnaire.explain.rounded':
    'Wedi’i thalgrynnu i {decimals, plural, zero {# lle degol} one {# lle degol} two {# le degol} few {# lle degol} many {# lle degol} other {# lle degol}}: {value}.',
  'questionnaire.explain.roundedWhole': 'Wedi’i thalgrynnu i rif cyfan: {value}.',
  'questionnaire.explain.roundedHalf':
    'Wedi’i thalgrynnu i {decimals, plural, zero {# lle degol} one {# lle degol} two {# le degol} few {# lle degol} many {# lle degol} other {# lle degol}}: mae {raw} yn union hanner ffordd, ac mae haneri’n cael eu talgrynnu i fyny, felly {value}.',
  'questionnaire.explain.roundedWholeHalf':
    'Wedi’i thalgrynnu i rif cyfan: mae {raw} yn union hanner ffordd, ac mae haneri’n cael eu talgrynnu i fyny, felly {value}.',
  'questionnaire.explain.proratedResult':
    'Mae’r sgôr hon yn gyfrannol: cafodd ei chyfrifo o {answered} o {total} ateb, nid o bob un.',
  'questionnaire.explain.riskNotImputed':
    'Atebion ar goll: {missing} o {total}, gan gynnwys {items}. {watched, plural, zero {Mae’r cwestiynau hynny’n ymwneud â diogelwch, felly dydy eu hatebion byth yn cael eu dyfalu} one {Mae’r cwestiwn hwnnw’n ymwneud â diogelwch, felly dydy ei ateb byth yn cael ei ddyfalu} two {Mae’r cwestiynau hynny’n ymwneud â diogelwch, felly dydy eu hatebion byth yn cael eu dyfalu} few {Mae’r cwestiynau hynny’n ymwneud â diogelwch, felly dydy eu hatebion byth yn cael eu dyfalu} many {Mae’r cwestiynau hynny’n ymwneud â diogelwch, felly dydy eu hatebion byth yn cael eu dyfalu} other {Mae’r cwestiynau hynny’n ymwneud â diogelwch, felly dydy eu hatebion byth yn cael eu dyfalu}} o’r lleill, a does dim sgôr.',
  'questionnaire.explain.riskUnanswered': 'Cafodd eitem "{item}" ei gadael heb ateb: {label}',
  'questionnaire.explain.converted': 'Mae’r tabl trosi yn troi sgôr grai {raw} yn {value}.',
  'questionnaire.explain.notInTable':
    'Dydy sgôr grai {raw} ddim yn y tabl trosi, felly does dim sgôr.',
  'questionnaire.explain.band': 'Mae sgôr o {value} yn y band "{band}" ({min}–{max}).',
  'questionnaire.explain.noBand': 'Dydy sgôr o {value} ddim mewn unrhyw fand.',
  'questionnaire.explain.result': 'Sgôr: {value}.',
  'questionnaire.explain.risk':
    'Cafodd eitem "{item}" sgôr o {score} ({operator} {value}): {label}',

  // What is wrong with a service’s wording file for a measure (on the command line).
  'questionnaire.wording.measure':
    'mae’r geiriad hwn ar gyfer "{actual}", ond "{expected}" yw’r holiadur',
  'questionnaire.wording.version':
    'mae’r geiriad hwn ar gyfer fersiwn {actual}, ond fersiwn {expected} yw’r holiadur',
  'questionnaire.wording.unknownItem': 'dydy eitem "{item}" ddim yn yr holiadur',
  'questionnaire.wording.missingItem': 'does dim geiriad i eitem "{item}" yn y ffeil',
  'questionnaire.wording.notChoice':
    'dydy eitem "{item}" ddim yn eitem o’r math choice, felly does ganddi ddim opsiynau ateb',
  'questionnaire.wording.unknownOption': 'does gan eitem "{item}" ddim opsiwn gyda’r cod "{code}"',
  'questionnaire.wording.missingOption':
    'does dim geiriad i eitem "{item}", opsiwn "{code}" yn y ffeil',
  'questionnaire.wording.unknownScale': 'dydy’r raddfa "{scale}" ddim yn yr holiadur',
  'questionnaire.wording.notPending':
    'dydy’r raddfa "{scale}" ddim yn cymryd {part} o ffeil geiriad',
  'questionnaire.wording.missingPart': 'mae angen {part} o’r ffeil geiriad ar y raddfa "{scale}"',
  'questionnaire.wording.part.reverse': 'rhestr o eitemau i’w sgorio o chwith',
  'questionnaire.wording.part.conversion': 'tabl trosi',

  // Importing a file (on the command line).
  'questionnaire.import.unknownKind':
    'dydy’r ffeil hon ddim yn Questionnaire FHIR (resourceType "Questionnaire") nac yn ffeil geiriad (gyda "measure", "version" ac "items")',
  'questionnaire.import.noMeasure':
    'does dim holiadur "{measure}" fersiwn {version} i lwytho’r geiriad hwn iddo',
} satisfies Words;
