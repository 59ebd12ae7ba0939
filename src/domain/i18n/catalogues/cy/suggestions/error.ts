import type { Words } from '../../../translate.ts';

export default {
  'error.WM_SUGGESTION_DECIDED':
    'Dydy’r awgrym hwn ddim yn aros mwyach: cafodd ei dderbyn, ei wrthod neu ei dynnu’n ôl. Does dim byd wedi newid.',
  'error.WM_SUGGESTION_ITEM_GONE':
    'Mae’r hyn mae’r awgrym hwn yn sôn amdano wedi’i ddileu, felly does dim modd ei newid. Does dim byd wedi newid.',
  'error.WM_SUGGESTION_TOO_MANY':
    'Mae gennych chi {max} awgrym yn aros am y person hwn yn barod. Arhoswch nes iddyn nhw edrych ar rai ohonyn nhw.',
} satisfies Words;
