import common from './common.json';
import antenna from './antenna.json';
import org from './org.json';
import social from './social.json';
import dashboard from './dashboard.json';
import admin from './admin.json';
import publicPages from './public.json';
import access from './access.json';
import community from './community.json';
import volunteers from './volunteers.json';
import wellbeing from './wellbeing.json';

export default { common, antenna, org, social, dashboard, admin, access, community, volunteers, wellbeing, public: publicPages };
