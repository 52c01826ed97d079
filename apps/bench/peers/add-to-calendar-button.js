// add-to-calendar-button: registers <add-to-calendar-button>.
import 'add-to-calendar-button';
