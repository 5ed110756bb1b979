/**
 * Every user action's id, label and shortcut, declared once. The renderer's action registry
 * gives each id its behaviour; the native menu, the keyboard and the command palette all read
 * this list, so a label or shortcut is never spelled twice.
 * Shortcuts use `Mod` for Ctrl (Cmd on macOS).
 */
export interface ActionMeta {
  id: string;
  label: string;
  shortcut?: string;
  /** Words the palette also matches. */
  keywords?: string;
}

export const ACTIONS = {
  palette: { id: 'app.palette', label: 'Command palette…', shortcut: 'Mod+K' },
  toggleSidebar: {
    id: 'view.sidebar',
    label: 'Toggle sidebar',
    shortcut: 'Mod+B',
    keywords: 'collapse expand hide show navigation rail',
  },
  undo: { id: 'edit.undo', label: 'Undo', shortcut: 'Mod+Z' },
  newObjective: {
    id: 'objective.new',
    label: 'New objective',
    shortcut: 'Mod+Shift+O',
    keywords: 'add create goal',
  },
  newCycle: { id: 'cycle.new', label: 'New cycle…', keywords: 'quarter period' },
  startCheckIn: {
    id: 'checkin.session',
    label: 'Start check-in session',
    shortcut: 'Mod+Shift+E',
    keywords: 'weekly update value confidence progress',
  },
  exportCalendar: {
    id: 'checkin.calendar',
    label: 'Export check-in calendar (.ics)',
    keywords: 'ics ical calendar reminder outlook google apple planning meeting end',
  },
  weeklyReport: {
    id: 'report.weekly',
    label: 'Weekly report',
    shortcut: 'Mod+Shift+Y',
    keywords: 'week status markdown priorities blockers',
  },
  advanceCycle: {
    id: 'cycle.advance',
    label: 'Move cycle to its next state…',
    keywords: 'activate start review close',
  },
  revertCycle: {
    id: 'cycle.back',
    label: 'Move cycle back to its previous state…',
    keywords: 'reopen return planning active mistake',
  },
  exportReviewPdf: {
    id: 'review.exportPdf',
    label: 'Export review PDF',
    keywords: 'report print quarterly end of cycle',
  },
  exportReviewMarkdown: {
    id: 'review.exportMarkdown',
    label: 'Export review Markdown',
    keywords: 'report wiki text quarterly end of cycle',
  },
  closeCycleCarryOver: {
    id: 'review.closeCycle',
    label: 'Close cycle and carry over…',
    keywords: 'end quarter finish next review',
  },
  viewObjectives: { id: 'view.objectives', label: 'Go to Objectives', shortcut: 'Mod+1' },
  viewMap: { id: 'view.map', label: 'Go to Map', shortcut: 'Mod+2', keywords: 'alignment graph' },
  viewCheckIn: {
    id: 'view.checkin',
    label: 'Go to Check-in',
    shortcut: 'Mod+3',
    keywords: 'weekly update',
  },
  viewPlanning: {
    id: 'view.planning',
    label: 'Go to Planning',
    shortcut: 'Mod+4',
    keywords: 'meeting vote coach',
  },
  viewReview: {
    id: 'view.review',
    label: 'Go to Review',
    shortcut: 'Mod+5',
    keywords: 'score retrospective',
  },
  viewReports: {
    id: 'view.reports',
    label: 'Go to Reports',
    shortcut: 'Mod+6',
    keywords: 'weekly markdown pdf export',
  },
  viewOrg: {
    id: 'view.org',
    label: 'Go to Organisation',
    shortcut: 'Mod+7',
    keywords: 'people teams departments',
  },
  viewBackups: {
    id: 'view.backups',
    label: 'Go to Backups & import',
    shortcut: 'Mod+8',
    keywords: 'restore import',
  },
  // KPIs come after the eight views whose digits people already know; Mod+0 is the window's
  // reset zoom, so KPIs are a palette and menu command only.
  viewKpis: {
    id: 'view.kpis',
    label: 'Go to KPIs',
    keywords: 'health metrics uptime churn',
  },
  viewMerged: {
    id: 'view.merged',
    label: 'Go to Merged changes',
    shortcut: 'Mod+9',
    keywords: 'team sync conflicts inbox yours theirs',
  },
  openSettings: {
    id: 'view.settings',
    label: 'Settings',
    shortcut: 'Mod+,',
    keywords: 'preferences options name theme dark light week locale language stale',
  },
  loadSample: {
    id: 'workspace.sample',
    label: 'Load the sample workspace',
    keywords: 'demo example',
  },
  backupSave: {
    id: 'backup.save',
    label: 'Back up now…',
    keywords: 'backup export save json file workspace',
  },
  backupRestore: {
    id: 'backup.restore',
    label: 'Restore from a backup file…',
    keywords: 'backup restore open json replace',
  },
  importText: {
    id: 'backup.import',
    label: 'Import OKRs from Markdown or CSV…',
    keywords: 'import text paste markdown csv spreadsheet',
  },
  exportMapPng: {
    id: 'map.exportPng',
    label: 'Export map as PNG',
    keywords: 'alignment graph image picture save',
  },
  exportMapSvg: {
    id: 'map.exportSvg',
    label: 'Export map as SVG',
    keywords: 'alignment graph image vector save',
  },
  fitMap: { id: 'map.fit', label: 'Fit map to view', keywords: 'alignment graph zoom whole' },
  openCoach: {
    id: 'planning.coach',
    label: 'Open coach panel',
    keywords: 'coach findings plan health method check lint',
  },
  exportMeetingPackMarkdown: {
    id: 'planning.packMarkdown',
    label: 'Export meeting pack (Markdown)',
    keywords: 'planning meeting agenda proposals votes md',
  },
  exportMeetingPackPdf: {
    id: 'planning.packPdf',
    label: 'Export meeting pack (PDF)',
    keywords: 'planning meeting agenda proposals votes print',
  },
  newFromTemplate: {
    id: 'objective.fromTemplate',
    label: 'New objective from template',
    keywords: 'template example start add create',
  },
  checkForUpdates: {
    id: 'app.checkUpdates',
    label: 'Check for updates…',
    keywords: 'update upgrade new version download install',
  },
  updateSettings: {
    id: 'app.updateSettings',
    label: 'Update settings…',
    keywords: 'updates feed policy automatic upgrade network',
  },
  switchWorkspace: {
    id: 'workspace.switch',
    label: 'Switch workspace…',
    keywords: 'team personal open change database',
  },
  joinTeam: {
    id: 'workspace.join',
    label: 'Join a team…',
    keywords: 'workspace invite code server sync connect',
  },
  shareWorkspace: {
    id: 'workspace.share',
    label: 'Share this workspace…',
    keywords: 'team upload server sync invite',
  },
  renameWorkspace: {
    id: 'workspace.rename',
    label: 'Rename workspace…',
    keywords: 'name team personal',
  },
  removeWorkspace: {
    id: 'workspace.remove',
    label: 'Remove team workspace from this computer…',
    keywords: 'delete leave team workspace',
  },
} as const satisfies Record<string, ActionMeta>;

export type ActionId = (typeof ACTIONS)[keyof typeof ACTIONS]['id'];

type MenuItem = ActionMeta & { accelerator?: string };
export interface MenuGroup {
  label: string;
  items: (MenuItem | '-')[];
}

const withAccel = (a: ActionMeta | '-'): MenuItem | '-' =>
  a === '-' ? a : { ...a, accelerator: a.shortcut?.replace('Mod', 'CmdOrCtrl') };
const SEP = '-' as const;

export const MENU: MenuGroup[] = [
  {
    label: 'File',
    items: [
      ACTIONS.newObjective,
      ACTIONS.newCycle,
      SEP,
      ACTIONS.loadSample,
      SEP,
      ACTIONS.importText,
      ACTIONS.backupSave,
      ACTIONS.backupRestore,
    ].map(withAccel),
  },
  {
    label: 'Go',
    items: [
      ACTIONS.palette,
      ACTIONS.toggleSidebar,
      SEP,
      ACTIONS.startCheckIn,
      ACTIONS.weeklyReport,
      SEP,
      ACTIONS.viewObjectives,
      ACTIONS.viewMap,
      ACTIONS.viewCheckIn,
      ACTIONS.viewPlanning,
      ACTIONS.viewReview,
      ACTIONS.viewReports,
      ACTIONS.viewOrg,
      ACTIONS.viewBackups,
      ACTIONS.viewKpis,
      ACTIONS.viewMerged,
      SEP,
      ACTIONS.openSettings,
    ].map(withAccel),
  },
  {
    label: 'Cycle',
    items: [
      ACTIONS.advanceCycle,
      ACTIONS.revertCycle,
      ACTIONS.closeCycleCarryOver,
      SEP,
      ACTIONS.exportReviewPdf,
      ACTIONS.exportReviewMarkdown,
      ACTIONS.exportCalendar,
    ].map(withAccel),
  },
  {
    label: 'Plan',
    items: [
      ACTIONS.newFromTemplate,
      ACTIONS.openCoach,
      SEP,
      ACTIONS.exportMeetingPackMarkdown,
      ACTIONS.exportMeetingPackPdf,
    ].map(withAccel),
  },
  {
    label: 'Map',
    items: [ACTIONS.fitMap, SEP, ACTIONS.exportMapPng, ACTIONS.exportMapSvg].map(withAccel),
  },
  {
    label: 'Help',
    items: [ACTIONS.checkForUpdates, ACTIONS.updateSettings].map(withAccel),
  },
];
