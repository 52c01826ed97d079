import { GrNetworkFinder } from './network-finder.js';

GrNetworkFinder.define('gr-network-finder');
