console.log('gr-data');
