import type { Words } from '../../../translate.ts';

export default {
  'error.WM_API_TOKEN_LIMIT':
    'Gallwch chi gael hyd at {max} o allweddi. Yn gyntaf, tynnwch yn ôl un dydych chi ddim yn ei defnyddio mwyach.',
  'error.WM_API_TOKEN_END_DATE': 'Dewiswch ddiwrnod olaf rhwng heddiw a {days} diwrnod o nawr.',
  'error.WM_FHIR_TOKEN_INVALID':
    'Dydy’r tocyn hwn ddim yn gweithio. Efallai ei fod yn anghywir, neu ei fod wedi dod i ben, neu wedi’i dynnu’n ôl, neu fod rhannu wedi’i oedi.',
  'error.WM_FHIR_SCOPE': 'Dydy’r tocyn hwn ddim yn cael darllen {type}.',
  'error.WM_FHIR_UNKNOWN_TYPE': 'Dydyn ni ddim yn darparu’r math {type}.',
  'error.WM_FHIR_UNKNOWN_PARAMETER': 'Dydyn ni ddim yn adnabod y term chwilio {name}.',
  'error.WM_FHIR_BAD_PARAMETER': 'Dydy gwerth {name} ddim yn gywir.',
  'error.WM_FHIR_NOT_ACCEPTABLE': 'Dim ond yn FHIR JSON rydyn ni’n ateb.',
} satisfies Words;
