import type { Words } from '../../../translate.ts';

export default {
  'plans.after.intro':
    'Ar ôl argyfwng, gall helpu i ysgrifennu beth sydd ei angen arnoch chi nawr a beth hoffech chi iddo fod yn wahanol y tro nesaf. Cymerwch eich amser.',
  'plans.after.empty':
    'Dim byd wedi’i ysgrifennu eto. Gallwch chi ddod yn ôl at hyn pryd bynnag y byddwch chi’n teimlo’n barod.',
  'plans.after.save': 'Cadw',
  'plans.after.backOnTrack': 'Beth sydd ei angen arna i i ddod yn ôl ar y trywydd iawn',
  'plans.after.backOnTrack.hint':
    'Er enghraifft: “Dychwelyd i’r gwaith fesul cam”, “Rhywun i fy helpu i ddal i fyny â’r post a’r biliau”.',
  'plans.after.learned': 'Beth ddysgais i ar gyfer y tro nesaf',
  'plans.after.learned.hint':
    'Er enghraifft: “Sylwais i fy mod i wedi stopio cysgu bythefnos cyn hynny. Y tro nesaf, bydda i’n ffonio fy meddyg teulu yn gynt”.',
} satisfies Words;
