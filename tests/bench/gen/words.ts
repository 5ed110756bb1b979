/** Vocabulary for generated names and titles: plausible, varied, and cheap to combine. */

export const FIRST_NAMES = (
  'Ada Ahmed Aiko Alba Amara Anil Anna Arjun Astrid Ayla Bea Bilal Bruno Carla ' +
  'Chen Chloé Dara David Deniz Diego Elif Elena Emeka Emil Erin Farah Felix Fiona ' +
  'Gabriel Grace Hana Hugo Ines Ivan Jamal Jana Jonas Julia Kai Kenji Lara Leila ' +
  'Leo Lina Luca Maya Mateo Mei Mira Nadia Nico Nina Noah Omar Oskar Paula Priya ' +
  'Rafael Rosa Sami Sara Sofia Tariq Tess Theo Uma Vera Wei Yara Yusuf Zara Zoe ' +
  'Amir Clara Finn Ida Malik Olga Ravi Selin'
).split(' ');

export const LAST_NAMES = (
  'Abe Adeyemi Alvarez Andersen Bauer Becker Bianchi Brandt Castro Chowdhury Costa ' +
  'Dahl Dubois Eriksen Fischer Fontaine Garcia Greco Haddad Hansen Hoffmann ' +
  'Ibrahim Ito Jensen Kaya Keller Kim Kowalski Lambert Larsen Lopez Mahmoud Martin ' +
  'Meyer Moreau Müller Nakamura Navarro Nguyen Novak Okafor Olsen Ortiz Park Patel ' +
  'Perez Petrov Quinn Rahman Reyes Richter Rossi Santos Sato Schmidt Silva Singh ' +
  'Sousa Suzuki Tanaka Torres Vogel Wagner Walsh Weber Wong Yilmaz Young Zhang ' +
  'Ziegler Berg Cohen Dias Egan Frei Gupta Holm Iqbal Jovanovic Khan'
).split(' ');

export const DEPARTMENTS = (
  'Engineering|Product|Design|Sales|Marketing|Customer Success|Support|Operations|' +
  'Finance|People|Legal|Data|Security|Infrastructure|Research|Partnerships|' +
  'Supply Chain|Manufacturing|Quality|Communications'
).split('|');

export const TEAM_WORDS = (
  'Atlas Beacon Cedar Delta Ember Fjord Granite Harbor Iris Juniper Kestrel Lumen ' +
  'Meridian Nimbus Orbit Pioneer Quartz Ridge Summit Tundra Umber Vector Willow ' +
  'Xenon Yarrow Zephyr Aurora Basalt Comet Dune Echo Falcon Glacier Horizon Indigo ' +
  'Jade Kite Lotus Maple Nova'
).split(' ');

export const OBJECTIVE_VERBS = (
  'Make|Turn|Build|Grow|Win|Delight|Simplify|Strengthen|Scale|Transform|Earn|' +
  'Become|Launch|Modernise|Unlock|Deliver'
).split('|');

export const OBJECTIVE_SUBJECTS = (
  'onboarding|our self-serve checkout|the mobile app|enterprise renewals|' +
  'the partner programme|our data platform|release quality|the support experience|' +
  'hiring|cost of delivery|the design system|our pricing|developer experience|' +
  'security posture|forecast accuracy|the annual planning process|customer trust|' +
  'search|reporting|the warehouse network|internal tools|the help centre|' +
  'team health|accessibility|our brand in new markets'
).split('|');

export const OBJECTIVE_ENDINGS = (
  'effortless for new customers|the thing customers talk about|' +
  'a reason customers stay|fast enough that nobody waits|' +
  'ready for ten times the load|simple enough to explain in a minute|' +
  'something we are proud of|the best in our market|predictable every week|' +
  'trusted by every team|visible to the whole company|' +
  'cheaper without cutting corners'
).split('|');

export const KR_METRICS: { title: string; unit: string; low: number; high: number }[] = [
  { title: 'weekly active teams', unit: 'teams', low: 100, high: 2000 },
  { title: 'net revenue retention', unit: '%', low: 90, high: 130 },
  { title: 'median time to first value', unit: 'min', low: 5, high: 120 },
  { title: 'tickets solved within a day', unit: '%', low: 40, high: 98 },
  { title: 'monthly recurring revenue', unit: 'k€', low: 200, high: 5000 },
  { title: 'p95 page load', unit: 'ms', low: 300, high: 4000 },
  { title: 'net promoter score', unit: 'pts', low: 10, high: 70 },
  { title: 'qualified pipeline', unit: 'k€', low: 500, high: 20000 },
  { title: 'escaped defects per release', unit: 'bugs', low: 1, high: 40 },
  { title: 'employee engagement', unit: '%', low: 55, high: 90 },
  { title: 'trial-to-paid conversion', unit: '%', low: 3, high: 25 },
  { title: 'cost per order', unit: '€', low: 2, high: 30 },
  { title: 'deploys per week', unit: 'deploys', low: 2, high: 60 },
  { title: 'open vulnerabilities', unit: 'issues', low: 0, high: 200 },
];

export const MILESTONE_TITLES = (
  'Write the proposal|Agree the scope|Ship the pilot|Collect feedback|' +
  'Roll out to everyone|Retire the old way|Publish the results'
).split('|');

export const BINARY_TITLES = (
  'Launch the new onboarding flow|Sign the partnership agreement|' +
  'Move billing to the new provider|Pass the external security audit|' +
  'Open the second warehouse|Publish the public roadmap'
).split('|');

export const NOTES = (
  'Steady week, on plan.|Slower than hoped; two people out sick.|' +
  'Big jump after the launch.|Waiting on legal review.|' +
  'Numbers revised after a data fix.|Customer interviews changed our plan.|' +
  'Good momentum from the campaign.|Flat this week, holiday period.'
).split('|');

export const BLOCKERS = (
  'Blocked on the platform migration.|Need budget approval.|' +
  'Depends on the data team.|Vendor has not replied.'
).split('|');
