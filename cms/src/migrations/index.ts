import * as migration_20261128_121711_initial from "./20261128_121711_initial";
import * as migration_20261128_131050_members from "./20261128_131050_members";
import * as migration_20261128_132336_publish_pipeline from "./20261128_132336_publish_pipeline";
import * as migration_20261128_134206_deploy_hook from "./20261128_134206_deploy_hook";
import * as migration_20261128_135401_build_content_date from "./20261128_135401_build_content_date";
import * as migration_20261128_153215_press_kit from "./20261128_153215_press_kit";
import * as migration_20261128_155518_editorial_workflow from "./20261128_155518_editorial_workflow";
import * as migration_20261128_160531_form_submissions from "./20261128_160531_form_submissions";
import * as migration_20261128_161652_site_build_locks from "./20261128_161652_site_build_locks";
import * as migration_20261206_123805_media_visibility from "./20261206_123805_media_visibility";
import * as migration_20261206_191838_translation_help from "./20261206_191838_translation_help";
import * as migration_20261207_134419_press_list from "./20261207_134419_press_list";
import * as migration_20261207_153153_press_mailing from "./20261207_153153_press_mailing";
import * as migration_20261207_160757_press_cleanup_job from "./20261207_160757_press_cleanup_job";
import * as migration_20261207_161712_press_list_goals from "./20261207_161712_press_list_goals";
import * as migration_20261207_162610_admin_language from "./20261207_162610_admin_language";
import * as migration_20261207_190105_press_embargo_ahead from "./20261207_190105_press_embargo_ahead";
import * as migration_20261207_194800_press_embargo_notes from "./20261207_194800_press_embargo_notes";
import * as migration_20261207_214928_press_link_opening_files from "./20261207_214928_press_link_opening_files";
import * as migration_20261207_215430_press_now_public_note from "./20261207_215430_press_now_public_note";
import * as migration_20261207_225554_sign_language_video from "./20261207_225554_sign_language_video";

export const migrations = [
  {
    up: migration_20261128_121711_initial.up,
    down: migration_20261128_121711_initial.down,
    name: "20261128_121711_initial",
  },
  {
    up: migration_20261128_131050_members.up,
    down: migration_20261128_131050_members.down,
    name: "20261128_131050_members",
  },
  {
    up: migration_20261128_132336_publish_pipeline.up,
    down: migration_20261128_132336_publish_pipeline.down,
    name: "20261128_132336_publish_pipeline",
  },
  {
    up: migration_20261128_134206_deploy_hook.up,
    down: migration_20261128_134206_deploy_hook.down,
    name: "20261128_134206_deploy_hook",
  },
  {
    up: migration_20261128_135401_build_content_date.up,
    down: migration_20261128_135401_build_content_date.down,
    name: "20261128_135401_build_content_date",
  },
  {
    up: migration_20261128_153215_press_kit.up,
    down: migration_20261128_153215_press_kit.down,
    name: "20261128_153215_press_kit",
  },
  {
    up: migration_20261128_155518_editorial_workflow.up,
    down: migration_20261128_155518_editorial_workflow.down,
    name: "20261128_155518_editorial_workflow",
  },
  {
    up: migration_20261128_160531_form_submissions.up,
    down: migration_20261128_160531_form_submissions.down,
    name: "20261128_160531_form_submissions",
  },
  {
    up: migration_20261128_161652_site_build_locks.up,
    down: migration_20261128_161652_site_build_locks.down,
    name: "20261128_161652_site_build_locks",
  },
  {
    up: migration_20261206_123805_media_visibility.up,
    down: migration_20261206_123805_media_visibility.down,
    name: "20261206_123805_media_visibility",
  },
  {
    up: migration_20261206_191838_translation_help.up,
    down: migration_20261206_191838_translation_help.down,
    name: "20261206_191838_translation_help",
  },
  {
    up: migration_20261207_134419_press_list.up,
    down: migration_20261207_134419_press_list.down,
    name: "20261207_134419_press_list",
  },
  {
    up: migration_20261207_153153_press_mailing.up,
    down: migration_20261207_153153_press_mailing.down,
    name: "20261207_153153_press_mailing",
  },
  {
    up: migration_20261207_160757_press_cleanup_job.up,
    down: migration_20261207_160757_press_cleanup_job.down,
    name: "20261207_160757_press_cleanup_job",
  },
  {
    up: migration_20261207_161712_press_list_goals.up,
    down: migration_20261207_161712_press_list_goals.down,
    name: "20261207_161712_press_list_goals",
  },
  {
    up: migration_20261207_162610_admin_language.up,
    down: migration_20261207_162610_admin_language.down,
    name: "20261207_162610_admin_language",
  },
  {
    up: migration_20261207_190105_press_embargo_ahead.up,
    down: migration_20261207_190105_press_embargo_ahead.down,
    name: "20261207_190105_press_embargo_ahead",
  },
  {
    up: migration_20261207_194800_press_embargo_notes.up,
    down: migration_20261207_194800_press_embargo_notes.down,
    name: "20261207_194800_press_embargo_notes",
  },
  {
    up: migration_20261207_214928_press_link_opening_files.up,
    down: migration_20261207_214928_press_link_opening_files.down,
    name: "20261207_214928_press_link_opening_files",
  },
  {
    up: migration_20261207_215430_press_now_public_note.up,
    down: migration_20261207_215430_press_now_public_note.down,
    name: "20261207_215430_press_now_public_note",
  },
  {
    up: migration_20261207_225554_sign_language_video.up,
    down: migration_20261207_225554_sign_language_video.down,
    name: "20261207_225554_sign_language_video",
  },
];
