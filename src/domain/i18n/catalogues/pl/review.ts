// Keys a native speaker has checked. These words were translated by machine, so until a native
// speaker checks them every key needs review (README, "Languages").
export const checkedByNativeSpeaker: readonly string[] = [];
