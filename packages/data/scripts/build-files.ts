console.log('build-files: todo');
