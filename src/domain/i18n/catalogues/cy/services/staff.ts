import type { Words } from '../../../translate.ts';

export default {
  'staff.title': 'Staff',
  'staff.intro':
    'Gwahoddwch ymarferwyr i’ch timau. Os bydd rhywun yn gadael, diffoddwch eu cyfrif.',
  'staff.none': 'Does gennych chi ddim staff eto.',
  'staff.invite.title': 'Gwahodd ymarferydd',
  'staff.invite.name': 'Enw llawn',
  'staff.invite.email': 'Cyfeiriad e-bost',
  'staff.invite.team': 'Tîm',
  'staff.invite.chooseTeam': 'Dewiswch dîm',
  'staff.invite.submit': 'Gwahodd',
  'staff.invite.noTeams': 'Ychwanegwch dîm cyn i chi wahodd staff.',
  'staff.invite.teamsLink': 'Mynd i’r timau',
  'staff.link.title': 'Rhowch y ddolen hon i {name}',
  'staff.link.body':
    'Maen nhw’n ei defnyddio i ddewis cyfrinair. Mae’n gweithio unwaith, am {days} diwrnod. Fyddwch chi ddim yn ei gweld eto.',
  'staff.link.label': 'Dolen sefydlu',
  'staff.link.copy': 'Copïo’r ddolen',
  'staff.link.copied': 'Mae’r ddolen wedi’i chopïo.',
  'staff.link.emailed': 'Rydyn ni hefyd wedi’i hanfon at {email}.',
  'staff.added': 'Mae {name} nawr yn {team}.',
  'staff.added.setUp': 'Maen nhw wedi sefydlu eu cyfrif yn barod.',
  'staff.table.name': 'Enw',
  'staff.table.email': 'E-bost',
  'staff.table.teams': 'Timau',
  'staff.table.account': 'Cyfrif',
  'staff.table.change': 'Newid',
  'staff.setUp': 'Wedi’i sefydlu',
  'staff.notSetUp': 'Heb ei sefydlu eto',
  'staff.off': 'Wedi’i ddiffodd',
  'staff.admin': 'Gweinyddwr gwasanaeth',
  'staff.noTeam': 'Dim tîm',
  'staff.disable': 'Diffodd {name}',
  'staff.enable': 'Troi {name} ymlaen',
  'staff.disabled':
    'Does dim modd i {name} fewngofnodi mwyach, ac mae wedi’i allgofnodi ym mhobman.',
  'staff.enabled': 'Gall {name} fewngofnodi eto.',
  'staff.email.subject': 'Sefydlwch eich cyfrif Waymark ar gyfer {service}',
  'staff.email.body':
    'Rydych chi wedi cael eich ychwanegu at {service} yn Waymark.\n\nDewiswch eich cyfrinair gyda’r ddolen hon. Mae’n gweithio unwaith, am {days} diwrnod:\n{link}',
} satisfies Words;
