// en-GB words of the support network pages and of the contacts shown in plans.
export const enGBNetworkWeb = {
  'network.title': 'My support network',
  'network.intro':
    'The people, groups and services that support you: how each one helps, and how to reach them. Your plans can name people from here.',
  'network.add': 'Add someone',
  'network.none':
    'You have not added anyone yet. Who helps you? It could be a friend, a neighbour, a group you go to or a service.',
  'network.kind.person': 'Person',
  'network.kind.group': 'Group',
  'network.kind.service': 'Service',
  'network.formal': 'Formal support',
  'network.informal': 'Informal support',
  'network.formal.long': 'Formal: a professional or a service, like a GP, a nurse or a crisis team',
  'network.informal.long': 'Informal: family, friends, neighbours, a group or community',
  'network.crisisContact': 'Crisis contact',
  'network.field.name': 'Name',
  'network.field.name.hint':
    'The name you use for them. For example: "Mum", "Ade next door", "Tuesday walking group".',
  'network.field.kind': 'Is this a person, a group or a service?',
  'network.field.howTheyHelp': 'How they help',
  'network.field.howTheyHelp.hint':
    'For example: "Listens without judging", "Takes me for a walk when I cannot get out".',
  'network.field.phone': 'Phone',
  'network.field.phoneOptional': 'Phone number (optional)',
  'network.field.phone.hint': 'For example: 07700 900123.',
  'network.field.email': 'Email',
  'network.field.emailOptional': 'Email address (optional)',
  'network.field.notes': 'Notes',
  'network.field.notesOptional': 'Notes (optional)',
  'network.field.notes.hint': 'For example: the best times to call, or "Do not call after 9pm".',
  'network.field.formal': 'What kind of support is this?',
  'network.field.formal.hint': 'Both kinds matter.',
  'network.field.crisisContact': 'Someone to contact in a crisis',
  'network.field.crisisContact.hint':
    'Tick this if you would like them to be contacted when you are in crisis.',
  'network.new.title': 'Add someone to my support network',
  'network.edit.title': 'Change details',
  'network.save': 'Save',
  'network.saved': '“{name}” saved.',
  'network.back': 'Back to my support network',
  'network.backToSafetyPlan': 'Back to my safety plan',
  'network.change': 'Change',
  'network.delete': 'Delete',
  'network.delete.confirm':
    'Delete “{name}” from your support network? Plans that name them will show that they are no longer in your network.',
  'network.delete.yes': 'Yes, delete',
  'network.deleted': '“{name}” deleted.',
  'network.restored': '“{name}” is back.',
  'network.changedElsewhere':
    'This changed somewhere else, so it was not deleted. The list has been updated: check it and try again.',
} as const;
