import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SECOND_FACTOR_WRONG_CODE':
    'Dydy’r cod hwn ddim yn gywir. Gwiriwch y cod mae eich ap yn ei ddangos nawr a rhowch gynnig arall arni.',
  'error.WM_SECOND_FACTOR_CODE_USED':
    'Mae’r cod hwn wedi cael ei ddefnyddio’n barod. Arhoswch i’ch ap ddangos cod newydd, yna rhowch hwnnw.',
  'error.WM_SECOND_FACTOR_WRONG_RECOVERY_CODE':
    'Dydy’r cod adfer hwn ddim yn gywir, neu mae wedi cael ei ddefnyddio’n barod. Gwiriwch e a rhowch gynnig arall arni.',
  'error.WM_SECOND_FACTOR_TOO_MANY_ATTEMPTS':
    'Mae gormod o godau wedi cael eu rhoi. Rhowch gynnig arall arni ymhen {wait}.',
  'error.WM_SECOND_FACTOR_ALREADY_ON':
    'Mae mewngofnodi dau gam ymlaen yn barod. I’w osod eto, diffoddwch e yn gyntaf.',
  'error.WM_SECOND_FACTOR_NOT_STARTED': 'Dechreuwch osod mewngofnodi dau gam yn gyntaf.',
  'error.WM_SECOND_FACTOR_SIGN_IN_EXPIRED':
    'Cymerodd eich mewngofnodi ormod o amser. Rhowch eich cyfeiriad e-bost a’ch cyfrinair eto.',
  'error.WM_PASSKEY_NOT_ACCEPTED':
    'Chafodd yr allwedd mynediad hon mo’i derbyn. Rhowch gynnig arall arni.',
  'error.WM_PASSKEY_ALREADY_ADDED': 'Mae’r allwedd mynediad hon wedi’i hychwanegu’n barod.',
  'error.WM_PASSKEY_LIMIT':
    'Mae gennych chi {max} allwedd mynediad, sef y nifer fwyaf y gallwch chi eu cael. Tynnwch un cyn ychwanegu un arall.',
  'error.WM_PASSKEY_LAST_FACTOR':
    'Yr allwedd mynediad hon yw eich unig ail gam. Rydych chi’n gweithio i wasanaeth, felly mae angen un arnoch chi i weld y bobl rydych chi’n gweithio gyda nhw. Ychwanegwch allwedd mynediad arall neu gosodwch yr ap yn gyntaf.',
  'error.WM_PASSKEY_NONE': 'Dydych chi ddim wedi ychwanegu allwedd mynediad. Rhowch y cod o’ch ap.',
} satisfies Words;
