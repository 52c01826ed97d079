import { GrContactList } from './contact-list.js';

GrContactList.define('gr-contact-list');
